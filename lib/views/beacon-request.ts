import { parseId } from '../ids';
import { isBotUserAgent } from './bots';

/** What the view beacon's request should lead to. */
export type BeaconVerdict =
  | { kind: 'count'; articleId: number; readerId?: string }
  | { kind: 'ignore'; reason: 'bot' | 'staff' | 'cross-site' }
  | { kind: 'invalid' };

export interface BeaconRequestParts {
  /** The request body: the article's number as text, then the browser's random reader id if it has one. */
  body: string;
  userAgent: string | null;
  referer: string | null;
  /** `Sec-Fetch-Site`, sent by every current browser. */
  fetchSite: string | null;
}

/** An article number is at most ten digits and a reader id 32 characters; anything much longer is not a beacon. */
export const MAX_BEACON_BYTES = 64;

// The browser's random id (components/reader/view-beacon.tsx): it tells apart readers who share an
// address (an office, a mobile carrier's NAT). A client can make up as many as it likes, which is
// why the per-address limits (db/queries/views.ts) bound what one address adds whatever ids it sends.
const READER_ID = /^[A-Za-z0-9_-]{16,32}$/;

/** The article number the beacon sends; whitespace around it is framing, not part of the number. */
export function parseArticleId(body: string): number | null {
  return parseId(body.trim());
}

/**
 * Decides, without touching the database, whether a beacon is a reader's view. Ignored beacons are
 * still answered 204 by the route, so nothing tells a bot that it was not counted.
 */
export function readBeacon(parts: BeaconRequestParts): BeaconVerdict {
  const [idText = '', readerId, ...extra] = parts.body.trim().split(/\s+/);
  const articleId = parseArticleId(idText);
  if (articleId === null || extra.length || (readerId !== undefined && !READER_ID.test(readerId)))
    return { kind: 'invalid' };
  if (isBotUserAgent(parts.userAgent)) return { kind: 'ignore', reason: 'bot' };
  // The staff preview never renders the beacon; this also drops a beacon fired from any admin page.
  if (refererPath(parts.referer)?.startsWith('/admin')) return { kind: 'ignore', reason: 'staff' };
  // Another site posting beacons on its visitors' behalf would inflate our counts.
  if (parts.fetchSite === 'cross-site') return { kind: 'ignore', reason: 'cross-site' };
  return readerId ? { kind: 'count', articleId, readerId } : { kind: 'count', articleId };
}

function refererPath(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer, 'http://referer.invalid').pathname;
  } catch {
    return null;
  }
}
