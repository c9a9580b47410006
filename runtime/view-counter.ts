import 'server-only';
import { recordClaims } from '@/db/queries/views';
import { createViewBatcher, type ViewBatcher } from '@/lib/views/batcher';
import { viewsConfig } from '@/lib/views/config';

// One batcher per process. Next.js bundles instrumentation.ts and each route separately, so a
// module-level variable would be a different one in each bundle: the batcher lives on globalThis,
// which they share (and which also survives dev-mode reloads).
const globalForViews = globalThis as unknown as { bawabaViews?: ViewBatcher };

/** Creates the process's view batcher (once; later calls return it). Called by startServerRuntime(). */
export function startViewCounter(): ViewBatcher {
  if (!globalForViews.bawabaViews) {
    const { flushMs, flushMax } = viewsConfig();
    globalForViews.bawabaViews = createViewBatcher({ write: recordClaims, intervalMs: flushMs, maxViews: flushMax });
  }
  return globalForViews.bawabaViews;
}

/**
 * The process's view batcher: add a reader's view, flush. Never created here, so that nothing but
 * instrumentation.ts starts process machinery; register() completes before Next serves a request.
 */
export function viewCounter(): ViewBatcher {
  const batcher = globalForViews.bawabaViews;
  if (!batcher) throw new Error('View counting has not started: instrumentation.ts register() starts it.');
  return batcher;
}
