import type http from 'node:http';
import type { Socket } from 'node:net';
import type { StopStep } from '../stop-steps';

/**
 * The server process's graceful stop (SIGTERM, SIGINT), once however many signals arrive:
 *
 * 1. stop accepting connections and let the requests in flight finish (they may still count views and
 *    query the database); idle keep-alive connections are closed as soon as they are idle, and what is
 *    still open after `drainMs` is cut;
 * 2. run the steps in order (Next's own close, then the app's: write the views, close the pool); a
 *    step that fails is reported and the next still runs, because closing the pool matters even when
 *    the final write did not go through; after `stepsMs` the process exits whatever is still running;
 * 3. exit 0 when every request was answered and every step succeeded, 1 otherwise, so that `npm start`,
 *    a supervisor or a deploy script can tell a clean stop from one that lost something.
 *
 * A hard kill (SIGKILL, a crash) runs nothing; see docs/architecture.md for what that loses.
 */
export type StopProcess = Pick<NodeJS.Process, 'once' | 'exit'>;

export interface StopOptions {
  /** Run after the requests in flight, in order. */
  steps: () => StopStep[];
  proc?: StopProcess;
  drainMs?: number;
  /** A step that hangs (a database that no longer answers) must not keep the process alive for ever. */
  stepsMs?: number;
  /**
   * The development server closes every connection at once, as `next dev` does: its hot-reload
   * websockets belong to no request and would hold the drain until its deadline.
   */
  dev?: boolean;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** Installs the stop on the process's signals; returns the stop itself (it resolves to the exit code). */
export function stopOnSignals(server: http.Server, options: StopOptions): () => Promise<number> {
  const { steps, proc = process, drainMs = 10_000, stepsMs = 10_000, dev = false } = options;
  const sockets = new Set<Socket>();
  if (dev)
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });

  let stopping: Promise<number> | null = null;
  const stop = () => {
    if (!stopping) {
      stopping = (async () => {
        for (const socket of sockets) socket.destroy();
        const drained = await drain(server, drainMs);
        const ran = await withinDeadline(runSteps(steps()), stepsMs);
        return drained && ran ? 0 : 1;
      })();
      void stopping.then((code) => proc.exit(code));
    }
    return stopping;
  };
  for (const signal of SIGNALS) proc.once(signal, () => void stop());
  return stop;
}

/** Closes the server once its requests are answered; false when some were cut off at the deadline. */
function drain(server: http.Server, drainMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (drained: boolean) => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve(drained);
    };
    // A keep-alive connection whose response has just gone out would otherwise wait for its timeout.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      console.error(`[shutdown] requests still open after ${drainMs} ms; closing their connections`);
      server.closeAllConnections();
      finish(false);
    }, drainMs);
    server.close(() => finish(true));
    server.closeIdleConnections();
  });
}

/** Runs the steps once, in order; true when every one of them succeeded. */
async function runSteps(steps: StopStep[]): Promise<boolean> {
  let ok = true;
  for (const step of steps) {
    await step.run().catch((error: unknown) => {
      ok = false;
      console.error(`[shutdown] ${step.name} failed:`, error);
    });
  }
  return ok;
}

function withinDeadline(running: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      console.error(`[shutdown] still running after ${ms} ms; exiting anyway`);
      resolve(false);
    }, ms);
  });
  return Promise.race([running, late]).finally(() => clearTimeout(timer));
}
