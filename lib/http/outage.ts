/** How long a client or load balancer should wait before asking again while the database is down. */
export const OUTAGE_RETRY_AFTER_S = 10;

export type OutageAudience = 'reader' | 'staff';

/**
 * Whether a failed response (a 500) should go out as the 503 "unavailable" page, and in whose words:
 * only a read (GET, HEAD) while the database is unreachable. A failed write keeps its 500: a server
 * action's client handles that itself (the editor sees the error and keeps the text), and a write is
 * not something to retry blindly.
 */
export function outageAudience(
  method: string | undefined,
  url: string | undefined,
  databaseUnreachable: () => boolean,
): OutageAudience | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!databaseUnreachable()) return null;
  return url === '/admin' || url?.startsWith('/admin/') || url?.startsWith('/admin?') ? 'staff' : 'reader';
}
