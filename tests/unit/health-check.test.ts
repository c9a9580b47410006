import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHealthCheck, healthResponse } from '@/lib/http/health';

// The cost bound of /api/health: one probe per second per process, one at a time, and a probe that
// hangs answers "unavailable" after the timeout without a second one being started behind it.

afterEach(() => {
  vi.useRealTimers();
});

describe('the health check', () => {
  it('reuses one answer for a second, then asks again', async () => {
    let clock = 0;
    const probe = vi.fn(async () => {});
    const check = createHealthCheck(probe, { now: () => clock });
    expect(await check()).toBe(true);
    clock = 999;
    expect(await check()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    clock = 1_000;
    expect(await check()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('shares one probe between callers arriving together', async () => {
    const probe = vi.fn(async () => {});
    const check = createHealthCheck(probe);
    expect(await Promise.all([check(), check(), check()])).toEqual([true, true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('answers false when the probe fails, even synchronously (a closed pool)', async () => {
    expect(await createHealthCheck(async () => Promise.reject(new Error('ECONNREFUSED')))()).toBe(false);
    const throwsAtOnce = () => {
      throw new Error('The database pool is closed');
    };
    expect(await createHealthCheck(throwsAtOnce)()).toBe(false);
  });

  it('answers false once a probe outlasts the timeout, and starts no second probe while it hangs', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const probe = vi.fn(() => new Promise(() => {}));
    const check = createHealthCheck(probe, { timeoutMs: 1_000, memoMs: 1_000, now: () => clock });
    const first = check();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await first).toBe(false);
    clock = 5_000;
    const second = check();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await second).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('recovers once the database answers again', async () => {
    let clock = 0;
    let up = false;
    const check = createHealthCheck(
      async () => {
        if (!up) throw new Error('down');
      },
      { now: () => clock },
    );
    expect(await check()).toBe(false);
    up = true;
    clock = 1_000;
    expect(await check()).toBe(true);
  });
});

describe('the health response', () => {
  it('is 200 ok or 503 unavailable, never cached, with no body on HEAD', async () => {
    const ok = healthResponse(true);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.json()).toEqual({ status: 'ok', database: 'ok' });
    const down = healthResponse(false);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    const head = healthResponse(false, 'HEAD');
    expect(head.status).toBe(503);
    expect(head.body).toBeNull();
  });
});
