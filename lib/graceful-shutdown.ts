/**
 * The process's last steps on a graceful stop (SIGTERM, SIGINT), run once and in order: a step that
 * fails is reported and the next still runs, because closing the pool matters even when the final
 * write did not go through.
 *
 * Under `next start` (and `next dev`) Next.js listens to the same signals: it stops accepting
 * connections, lets the requests in flight finish, then calls `process.exit()`. Our steps must run
 * after those requests (they may still count views and query the database) and before the exit, so
 * once a signal has arrived that call is held until the steps are done. Without another listener (a
 * script, NEXT_MANUAL_SIG_HANDLE), the steps run at once and the signal is raised again. A hard kill
 * (SIGKILL, a crash) runs nothing; see docs/architecture.md for what that loses.
 *
 * A stop that was asked for and completed is a success: Next.js's signal exit code (143 for SIGTERM,
 * 130 for SIGINT) becomes 0 once every step succeeded, and 1 when one failed or the deadline passed, so
 * `npm start`, a supervisor or a deploy script can tell a clean stop from one that lost views.
 */
export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
}

export type ShutdownProcess = Pick<NodeJS.Process, 'once' | 'listenerCount' | 'kill' | 'pid' | 'exit'>;

export interface ShutdownOptions {
  proc?: ShutdownProcess;
  /** A step that hangs (a database that no longer answers) must not keep the process alive for ever. */
  deadlineMs?: number;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** What Next.js exits with after its own stop on a signal (128 + the signal's number, 128 as fallback). */
const SIGNAL_EXIT_CODES = new Set([128, 130, 143]);

/** Installs the steps on the process's stop signals; returns the sequence itself (tests, scripts). */
export function installGracefulShutdown(steps: ShutdownStep[], options: ShutdownOptions = {}): () => Promise<boolean> {
  const { proc = process, deadlineMs = 10_000 } = options;
  let running: Promise<boolean> | null = null;
  let exitHeld = false;

  /** Runs the steps once; true when every one of them succeeded. */
  function shutdown(): Promise<boolean> {
    running ??= (async () => {
      let ok = true;
      for (const step of steps) {
        await step.run().catch((error: unknown) => {
          ok = false;
          console.error(`[shutdown] ${step.name} failed:`, error);
        });
      }
      return ok;
    })();
    return running;
  }

  function withinDeadline(): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        console.error(`[shutdown] still running after ${deadlineMs} ms; exiting anyway`);
        resolve(false);
      }, deadlineMs);
    });
    return Promise.race([shutdown(), late]).finally(() => clearTimeout(timer));
  }

  function holdExit() {
    if (exitHeld) return;
    exitHeld = true;
    const exit = proc.exit.bind(proc);
    proc.exit = ((code?: number | string | null) => {
      void withinDeadline().then((ok) => exit(SIGNAL_EXIT_CODES.has(Number(code)) ? (ok ? 0 : 1) : code));
    }) as NodeJS.Process['exit'];
  }

  for (const signal of SIGNALS) {
    proc.once(signal, () => {
      // Listening to a signal turns off Node's default of exiting on it: either someone else (Next.js)
      // will exit, and we hold that exit, or we raise the signal again once our steps are done.
      if (proc.listenerCount(signal) > 0) holdExit();
      else void withinDeadline().finally(() => proc.kill(proc.pid, signal));
    });
  }
  // A process that simply runs out of work (a script, a test run) runs the steps too.
  proc.once('beforeExit', () => void shutdown());
  return shutdown;
}
