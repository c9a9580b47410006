import { isDatabaseUnavailable } from '@/lib/database-errors';

/**
 * What this process last learned about its database: every query of the app's pool reports its
 * outcome here (db/client.ts). "Unreachable" is remembered for a few seconds after the last failure
 * and forgotten at the first success, so a restarted PostgreSQL is noticed at once. Readers of this
 * state: the proxy, which then skips its lookups and lets cached pages answer, and the server's
 * response hook, which turns a failed render into a 503 (runtime/outage-status.ts). One number on
 * globalThis, shared by every bundle; with several instances each learns on its own.
 */
const OUTAGE_MEMORY_MS = 5_000;

const state = globalThis as unknown as { bawabaDbUnreachableAt?: number };

export function noteQueryOutcome(error?: unknown, now = Date.now()): void {
  if (error === undefined) state.bawabaDbUnreachableAt = undefined;
  else if (isDatabaseUnavailable(error)) state.bawabaDbUnreachableAt = now;
}

/** True while the last query failed for want of a database, within the last few seconds. */
export function databaseUnreachable(now = Date.now()): boolean {
  const at = state.bawabaDbUnreachableAt;
  return at !== undefined && now - at < OUTAGE_MEMORY_MS;
}
