// A graceful stop writes the views still in memory. Best effort: `next start` exits on its own
// once it has closed the server, and a flush still in flight then is lost; a hard kill (SIGKILL, a
// crash) loses the whole window. Counts are a popularity signal, not accounting, so that is accepted.
type Signal = 'SIGTERM' | 'SIGINT';

export function flushOnExit(flush: () => Promise<void>, proc: NodeJS.Process = process): void {
  const log = (e: unknown) => console.error('[views] final flush failed:', e);
  for (const signal of ['SIGTERM', 'SIGINT'] as Signal[]) {
    proc.once(signal, () => {
      // Listening to a signal turns off Node's default of exiting on it. When nobody else (such as
      // Next.js's own handler) is going to exit, raise it again once the flush is done.
      const othersWillExit = proc.listenerCount(signal) > 0;
      const done = flush().catch(log);
      if (!othersWillExit) void done.finally(() => proc.kill(proc.pid, signal));
    });
  }
  // A process that simply runs out of work (a script, a test run) writes its last views too.
  proc.once('beforeExit', () => void flush().catch(log));
}
