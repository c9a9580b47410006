/**
 * Whether an error means "the database cannot answer right now" (down, restarting, unreachable, too
 * slow) rather than "this query is wrong". Those are the failures a reader should see as a 503 to retry
 * and an editor as "the database is unreachable", never as a bug. Drizzle wraps the driver's error in
 * `cause`, Auth.js wraps it again, so the whole chain is looked at.
 */

// Raised by Node's sockets and by postgres.js itself (connection closed, ended, destroyed, timed out).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

// SQLSTATE: class 08 (connection exception), 53 (insufficient resources: too many connections, out of
// memory or disk), 57P01-57P05 (shut down by an administrator, crash, "starting up", idle session
// timeouts) and 57014 (cancelled, which is how statement_timeout ends a query).
const SQLSTATE = /^(08\d{3}|53\d{3}|57P0[1-5]|57014)$/;

/** Set by db() after the stop sequence closed the pool: the server is going away. */
export const POOL_CLOSED = 'BAWABA_POOL_CLOSED';

export function isDatabaseUnavailable(error: unknown): boolean {
  return codesOf(error).some((code) => NETWORK_CODES.has(code) || SQLSTATE.test(code) || code === POOL_CLOSED);
}

/** A statement PostgreSQL cancelled (statement_timeout): the server answers, but too slowly. */
export function isStatementCancelled(error: unknown): boolean {
  return codesOf(error).includes('57014');
}

function codesOf(error: unknown): string[] {
  const seen = new Set<unknown>();
  const codes: string[] = [];
  for (let e = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}
