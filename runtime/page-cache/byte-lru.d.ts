export class ByteLru<V> {
  constructor(maxBytes: number, sizeOf: (value: V) => number);
  readonly maxBytes: number;
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly bytes: number;
  readonly size: number;
  clear(): void;
}
export function estimateBytes(value: unknown): number;
