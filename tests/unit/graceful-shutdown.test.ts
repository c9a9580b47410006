import { afterEach, describe, expect, it, vi } from 'vitest';
import { installGracefulShutdown } from '@/lib/graceful-shutdown';
import { fakeProcess } from '../support/fake-process';

/** Steps that note when they run, each waiting for the test to let it finish when `gate` is given. */
function recordingSteps(log: string[], gate?: Promise<void>) {
  return ['flush views', 'close pool'].map((name) => ({
    name,
    run: async () => {
      log.push(`${name} started`);
      await gate;
      log.push(`${name} done`);
    },
  }));
}

const settle = () => new Promise((r) => setImmediate(r));

describe('graceful shutdown', () => {
  afterEach(() => vi.useRealTimers());

  it("runs nothing on Next's SIGTERM until Next exits, then runs the steps in order and exits 0 after them", async () => {
    const { proc, kill, realExit } = fakeProcess();
    const log: string[] = [];
    // Next.js's own handler: close the server (requests in flight finish), then exit with 143.
    proc.on('SIGTERM', () => log.push('next closes the server'));
    installGracefulShutdown(recordingSteps(log), { proc });
    proc.emit('SIGTERM', 'SIGTERM');
    await settle();
    expect(log).toEqual(['next closes the server']); // in-flight requests may still count views

    realExit.mockImplementation(() => log.push('exit'));
    proc.exit(143);
    expect(realExit).not.toHaveBeenCalled();
    await settle();
    expect(log).toEqual([
      'next closes the server',
      'flush views started',
      'flush views done',
      'close pool started',
      'close pool done',
      'exit',
    ]);
    // A stop asked for and completed is a success, not Next's "killed by SIGTERM".
    expect(realExit).toHaveBeenCalledWith(0);
    expect(kill).not.toHaveBeenCalled();
  });

  it('raises the signal again after the steps when nobody else would exit on it', async () => {
    const { proc, kill } = fakeProcess();
    const log: string[] = [];
    let release!: () => void;
    installGracefulShutdown(recordingSteps(log, new Promise((r) => (release = r))), { proc });
    proc.emit('SIGINT', 'SIGINT');
    await settle();
    expect(log).toEqual(['flush views started']);
    expect(kill).not.toHaveBeenCalled(); // not before the views are written
    release();
    await settle();
    expect(log).toHaveLength(4);
    expect(kill).toHaveBeenCalledWith(4242, 'SIGINT');
  });

  it('still closes the pool when the final write fails, and exits 1 to say so', async () => {
    const { proc, realExit } = fakeProcess();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const closed = vi.fn(async () => {});
    proc.on('SIGTERM', () => {});
    installGracefulShutdown(
      [
        { name: 'flush views', run: () => Promise.reject(new Error('database gone')) },
        { name: 'close pool', run: closed },
      ],
      { proc },
    );
    proc.emit('SIGTERM', 'SIGTERM');
    proc.exit(143);
    await settle();
    expect(closed).toHaveBeenCalledTimes(1);
    expect(realExit).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalledWith('[shutdown] flush views failed:', expect.any(Error));
    error.mockRestore();
  });

  it('exits 1 at the deadline when a step hangs', async () => {
    vi.useFakeTimers();
    const { proc, realExit } = fakeProcess();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    proc.on('SIGTERM', () => {});
    installGracefulShutdown([{ name: 'flush views', run: () => new Promise(() => {}) }], { proc, deadlineMs: 3_000 });
    proc.emit('SIGTERM', 'SIGTERM');
    proc.exit(143);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(realExit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(realExit).toHaveBeenCalledWith(1);
    error.mockRestore();
  });

  it('runs the steps once, however many signals and exits arrive', async () => {
    const { proc, realExit } = fakeProcess();
    const log: string[] = [];
    proc.on('SIGTERM', () => {});
    proc.on('SIGINT', () => {});
    const shutdown = installGracefulShutdown(recordingSteps(log), { proc });
    proc.emit('SIGINT', 'SIGINT');
    proc.emit('SIGTERM', 'SIGTERM');
    proc.emit('beforeExit', 0);
    proc.exit(130);
    await shutdown();
    await settle();
    expect(log.filter((line) => line.endsWith('started'))).toEqual(['flush views started', 'close pool started']);
    expect(realExit).toHaveBeenCalledTimes(1);
    expect(realExit).toHaveBeenCalledWith(0);
  });

  it('keeps an exit code that reports an error rather than a signal', async () => {
    const { proc, realExit } = fakeProcess();
    proc.on('SIGTERM', () => {});
    installGracefulShutdown(recordingSteps([]), { proc });
    proc.emit('SIGTERM', 'SIGTERM');
    proc.exit(2);
    await settle();
    expect(realExit).toHaveBeenCalledWith(2);
  });

  it('runs the steps when the process simply runs out of work, and holds no exit without a signal', async () => {
    const { proc, realExit } = fakeProcess();
    const log: string[] = [];
    installGracefulShutdown(recordingSteps(log), { proc });
    proc.exit(0);
    expect(realExit).toHaveBeenCalledWith(0); // not held: no stop was asked for
    proc.emit('beforeExit', 0);
    await settle();
    expect(log).toEqual(['flush views started', 'flush views done', 'close pool started', 'close pool done']);
  });
});
