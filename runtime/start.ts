import 'server-only';
import { closeDb } from '@/db';
import { databaseUnreachable } from '@/db/availability';
import { installGracefulShutdown, type ShutdownOptions } from '@/lib/graceful-shutdown';
import type { ViewBatcher } from '@/lib/views/batcher';
import { answerOutagesWith503 } from './outage-status';
import { recordSocketAddresses } from './socket-address';
import { startViewCounter } from './view-counter';

export interface ServerRuntime {
  views: ViewBatcher;
  /** The stop sequence the signals run: flush the views, then close the pool. */
  shutdown: () => Promise<boolean>;
}

const globalForRuntime = globalThis as unknown as { bawabaRuntime?: ServerRuntime };

/**
 * Starts the process-level machinery, once per process however often it is called (instrumentation
 * register() runs again on dev-mode reloads): the socket address for the login throttle, the 503 for
 * renders that failed because the database is down, the view batcher and the ordered stop sequence. The
 * order matters: the last views need the pool, so it closes after they are written.
 */
export function startServerRuntime(options: ShutdownOptions = {}): ServerRuntime {
  if (!globalForRuntime.bawabaRuntime) {
    recordSocketAddresses();
    answerOutagesWith503(databaseUnreachable);
    const views = startViewCounter();
    const shutdown = installGracefulShutdown(
      [
        { name: 'writing the last views', run: () => views.flush() },
        { name: 'closing the database pool', run: closeDb },
      ],
      options,
    );
    globalForRuntime.bawabaRuntime = { views, shutdown };
  }
  return globalForRuntime.bawabaRuntime;
}
