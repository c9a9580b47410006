import { afterAll, describe, expect, it } from 'vitest';
import { GET, HEAD } from '@/app/api/health/route';
import { createDb } from '@/db/client';
import { pingDatabase } from '@/db/health';
import { createHealthCheck, healthResponse } from '@/lib/http/health';

// /api/health as a load balancer sees it: the route itself on this run's PostgreSQL, and the same
// check on a pool that points at a closed port (nothing listens on port 9 of the loopback).
const unreachable = createDb('postgres://postgres@127.0.0.1:9/bawaba_nowhere', { max: 1 });
afterAll(() => unreachable.close());

describe('/api/health', () => {
  it('answers 200 ok, not cacheable, when the database answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers HEAD with the same status and no body', async () => {
    const response = await HEAD();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toBeNull();
  });

  it('answers 503 unavailable when the database cannot be reached', async () => {
    const check = createHealthCheck(() => pingDatabase(unreachable));
    const response = healthResponse(await check());
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
  }, 5_000);
});
