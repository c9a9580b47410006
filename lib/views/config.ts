import { z } from 'zod';

// The batching window for view counts. Shorter means fresher most-read lists and fewer views at
// risk if the process is killed; longer means fewer writes. Tests shorten it.
const ViewsEnv = z.object({
  VIEWS_FLUSH_MS: z.coerce.number().int().min(100).max(300_000).default(5_000),
  VIEWS_FLUSH_MAX: z.coerce.number().int().min(1).max(100_000).default(500),
});

export interface ViewsConfig {
  flushMs: number;
  flushMax: number;
}

/** Reads the batching settings, falling back to the defaults (5 s or 500 views) on any bad value. */
export function viewsConfig(env: Record<string, string | undefined> = process.env): ViewsConfig {
  const parsed = ViewsEnv.safeParse({
    VIEWS_FLUSH_MS: env.VIEWS_FLUSH_MS || undefined,
    VIEWS_FLUSH_MAX: env.VIEWS_FLUSH_MAX || undefined,
  });
  const values = parsed.success ? parsed.data : ViewsEnv.parse({});
  return { flushMs: values.VIEWS_FLUSH_MS, flushMax: values.VIEWS_FLUSH_MAX };
}
