import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { ShutdownProcess } from '@/lib/graceful-shutdown';

/** A stand-in for `process` that receives signals from the test and records kill() and exit(). */
export function fakeProcess() {
  const kill = vi.fn();
  const exit = vi.fn();
  const proc = Object.assign(new EventEmitter(), { pid: 4242, kill, exit });
  return { proc: proc as unknown as ShutdownProcess & EventEmitter, kill, realExit: exit };
}
