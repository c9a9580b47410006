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

/** Installs the steps on the process's stop signals; returns the sequence itself (tests, scripts). */
export function installGracefulShutdown(steps: ShutdownStep[], options: ShutdownOptions = {}): () => Promise<void> {
  const { proc = process, deadlineMs = 10_000 } = options;
  let running: Promise<void> | null = null;
  let exitHeld = false;

  function shutdown(): Promise<void> {
    running ??= (async () => {
      for (const step of steps) {
        await step.run().catch((error: unknown) => console.error(`[shutdown] ${step.name} failed:`, error));
      }
    })();
    return running;
  }

  function withinDeadline(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        console.error(`[shutdown] still running after ${deadlineMs} ms; exiting anyway`);
        resolve();
      }, deadlineMs);
    });
    return Promise.race([shutdown(), late]).finally(() => clearTimeout(timer));
  }

  function holdExit() {
    if (exitHeld) return;
    exitHeld = true;
    const exit = proc.exit.bind(proc);
    proc.exit = ((code?: number | string | null) => {
      void withinDeadline().finally(() => exit(code));
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
