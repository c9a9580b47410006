import { describe, expect, it } from 'vitest';
import { claimView, forgetView, REPEAT_VIEW_WINDOW_MS, type ViewStorage } from '@/lib/views/repeat-views';

function memoryStorage(initial: Record<string, string> = {}): ViewStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const T0 = Date.parse('2026-03-27T20:00:00Z');

describe('claimView', () => {
  it('counts a story once per reader within the window, and again after it', () => {
    const storage = memoryStorage();
    expect(claimView(storage, 7, T0)).toBe(true);
    expect(claimView(storage, 7, T0 + 1000)).toBe(false);
    expect(claimView(storage, 7, T0 + REPEAT_VIEW_WINDOW_MS - 1)).toBe(false);
    expect(claimView(storage, 7, T0 + REPEAT_VIEW_WINDOW_MS)).toBe(true);
  });

  it('counts a story again once a view that never left is taken back, and only that story', () => {
    const storage = memoryStorage();
    claimView(storage, 7, T0);
    claimView(storage, 8, T0);
    forgetView(storage, 7);
    expect(claimView(storage, 7, T0 + 1)).toBe(true);
    expect(claimView(storage, 8, T0 + 1)).toBe(false);
    expect(() => forgetView(null, 7)).not.toThrow();
    expect(() => forgetView(memoryStorage({ 'bawaba:views': 'not json' }), 7)).not.toThrow();
  });

  it('counts different stories separately', () => {
    const storage = memoryStorage();
    expect(claimView(storage, 1, T0)).toBe(true);
    expect(claimView(storage, 2, T0)).toBe(true);
    expect(claimView(storage, 1, T0 + 5)).toBe(false);
    expect(claimView(storage, 2, T0 + 5)).toBe(false);
  });

  it('counts every view when there is no storage, or storage fails', () => {
    expect(claimView(null, 7, T0)).toBe(true);
    expect(claimView(null, 7, T0)).toBe(true);
    const refusing: ViewStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(claimView(refusing, 7, T0)).toBe(true);
    expect(claimView(refusing, 7, T0)).toBe(true);
  });

  it('recovers from a corrupt or foreign value', () => {
    for (const junk of ['not json', '[1,2]', 'null', '{"7":"yesterday"}']) {
      const storage = memoryStorage({ 'bawaba:views': junk });
      expect(claimView(storage, 7, T0)).toBe(true);
      expect(claimView(storage, 7, T0 + 1)).toBe(false);
    }
  });

  it('counts again when the clock went back past the remembered view', () => {
    const storage = memoryStorage();
    claimView(storage, 7, T0);
    expect(claimView(storage, 7, T0 - 60_000)).toBe(true);
  });

  it('keeps the stored list short however much is read', () => {
    const storage = memoryStorage();
    for (let id = 1; id <= 1000; id++) claimView(storage, id, T0 + id);
    const stored = JSON.parse(storage.data.get('bawaba:views')!) as Record<string, number>;
    expect(Object.keys(stored).length).toBeLessThanOrEqual(200);
    // The newest are the ones kept.
    expect(claimView(storage, 1000, T0 + 1001)).toBe(false);
    expect(claimView(storage, 1, T0 + 1001)).toBe(true);
  });
});
