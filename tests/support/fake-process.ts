import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { StopProcess } from '@/runtime/server/stop';

/** A stand-in for `process` that receives signals from the test and records exit(). */
export function fakeProcess() {
  const exit = vi.fn();
  const proc = Object.assign(new EventEmitter(), { exit });
  return { proc: proc as unknown as StopProcess & EventEmitter, exit };
}
