import { isDatabaseUnavailable } from '@/lib/database-errors';
import { databaseUnreachable as unreachableSince, markReachable, markUnreachable } from './outage-state';

/**
 * What this process last learned about its database: every query of the app's pool reports its
 * outcome here (db/client.ts). "Unreachable" is remembered for a few seconds after the last failure
 * and forgotten at the first success, so a restarted PostgreSQL is noticed at once. Readers of this
 * state: the proxy, which then skips its lookups and lets cached pages answer, and the server, which
 * turns a failed render into a 503 (runtime/server/outage-response.ts). The state lives in
 * db/outage-state.js, shared with the page cache handler and the server; each instance learns on its own.
 */
export function noteQueryOutcome(error?: unknown, now = Date.now()): void {
  if (error === undefined) markReachable();
  else if (isDatabaseUnavailable(error)) markUnreachable(now);
}

/** True while the last query failed for want of a database, within the last few seconds. */
export function databaseUnreachable(now = Date.now()): boolean {
  return unreachableSince(now);
}
