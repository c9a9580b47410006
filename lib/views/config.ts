import { env, type Env } from '@/lib/env';

// The batching window for view counts (VIEWS_FLUSH_MS / VIEWS_FLUSH_MAX, described in lib/env-variables.ts).
// A bad value is refused with its name rather than quietly replaced by the default: someone set it on purpose.

export interface ViewsConfig {
  flushMs: number;
  flushMax: number;
}

/** The batching settings, read when called so that tests can change them. */
export function viewsConfig(values: Pick<Env, 'VIEWS_FLUSH_MS' | 'VIEWS_FLUSH_MAX'> = env): ViewsConfig {
  return { flushMs: values.VIEWS_FLUSH_MS, flushMax: values.VIEWS_FLUSH_MAX };
}
