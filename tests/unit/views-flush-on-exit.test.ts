import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { flushOnExit } from '@/lib/views/flush-on-exit';

function fakeProcess() {
  const proc = Object.assign(new EventEmitter(), { pid: 4242, kill: vi.fn() });
  return proc as unknown as NodeJS.Process & { kill: ReturnType<typeof vi.fn> };
}

describe('flushing views on exit', () => {
  it('writes the last views on SIGTERM and leaves exiting to Next.js when it listens too', async () => {
    const proc = fakeProcess();
    const nextCleanup = vi.fn();
    proc.on('SIGTERM', nextCleanup);
    const flush = vi.fn(async () => {});
    flushOnExit(flush, proc);
    proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setImmediate(r));
    expect(flush).toHaveBeenCalledTimes(1);
    expect(nextCleanup).toHaveBeenCalled();
    expect(proc.kill).not.toHaveBeenCalled();
  });

  it('raises the signal again after the flush when nobody else would exit on it', async () => {
    const proc = fakeProcess();
    let finish!: () => void;
    const flush = vi.fn(
      () =>
        new Promise<void>((r) => {
          finish = r;
        }),
    );
    flushOnExit(flush, proc);
    proc.emit('SIGINT', 'SIGINT');
    await new Promise((r) => setImmediate(r));
    expect(proc.kill).not.toHaveBeenCalled(); // not before the views are written
    finish();
    await new Promise((r) => setImmediate(r));
    expect(proc.kill).toHaveBeenCalledWith(4242, 'SIGINT');
  });

  it('still exits when the final flush fails, and flushes when the process runs out of work', async () => {
    const proc = fakeProcess();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const flush = vi.fn(() => Promise.reject(new Error('database gone')));
    flushOnExit(flush, proc);
    proc.emit('beforeExit', 0);
    proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setImmediate(r));
    expect(flush).toHaveBeenCalledTimes(2);
    expect(proc.kill).toHaveBeenCalledWith(4242, 'SIGTERM');
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
