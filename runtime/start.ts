import 'server-only';
import { closeDb } from '@/db';
import type { ViewBatcher } from '@/lib/views/batcher';
import { setStopSteps } from './stop-steps';
import { startViewCounter } from './view-counter';

export interface ServerRuntime {
  views: ViewBatcher;
}

const globalForRuntime = globalThis as unknown as { bawabaRuntime?: ServerRuntime };

/**
 * Starts the app's machinery inside Next's bundles, once per process however often it is called
 * (instrumentation register() runs again on dev-mode reloads): the view batcher, and the steps the
 * server process runs after its last request (runtime/server/stop.ts). The order matters: the last
 * views need the pool, so it closes after they are written.
 */
export function startServerRuntime(): ServerRuntime {
  if (!globalForRuntime.bawabaRuntime) {
    const views = startViewCounter();
    setStopSteps([
      { name: 'writing the last views', run: () => views.flush() },
      { name: 'closing the database pool', run: closeDb },
    ]);
    globalForRuntime.bawabaRuntime = { views };
  }
  return globalForRuntime.bawabaRuntime;
}
