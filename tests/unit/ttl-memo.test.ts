import { describe, expect, it } from 'vitest';
import { createTtlMemo } from '@/lib/ttl-memo';

describe('ttl memo', () => {
  it('forgets values after their time to live', () => {
    const memo = createTtlMemo<number, string>(1000, 10);
    memo.remember(1, 'a', 0);
    expect(memo.get(1, 999)).toBe('a');
    expect(memo.get(1, 1000)).toBeUndefined();
  });

  it('stays within its size, dropping the oldest entry', () => {
    const memo = createTtlMemo<number, number>(1000, 3);
    for (let i = 0; i < 5; i++) memo.remember(i, i, 0);
    expect([0, 1, 2, 3, 4].map((k) => memo.get(k, 1))).toEqual([undefined, undefined, 2, 3, 4]);
  });
});
