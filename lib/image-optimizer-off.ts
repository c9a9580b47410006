import { fileNotFound } from './http/file-response';
import { badRequestResponse } from './routes/malformed-path';

// `/_next/image` is Next's per-request image optimizer: every new spelling of its `url=` used to cost
// up to a second of encoding and leave a file in .next/cache/images for good. This site never uses it:
// pages list stored renditions in srcset (lib/image-loader.ts), and with a custom loader Next itself
// answers 404 there. proxy.ts answers first, from this module, so the optimizer's code never runs and
// nothing is read, decoded or written: 400 for a query no page of ours could have sent (as for any
// malformed URL, lib/routes/malformed-path.ts), 404 for the rest. Neither is cached.

// The only `url=` a page could ever have named: a plain path of this site, in canonical form (no
// empty or dot segment, no escape, no backslash), as long as Next itself would take.
const CANONICAL_PATH = /^(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;
const MAX_URL_LENGTH = 3072;
// Control characters, and U+FFFD: Next's own parsing may have replaced an undecodable escape with it.
const CONTROL = /[\u0000-\u001f\u007f\ufffd]/;

/** The proxy's answer to any request for `/_next/image`, from its raw query string (`?url=…&w=…`). */
export function imageOptimizerAnswer(search: string): Response {
  return isMalformedImageQuery(search) ? badRequestResponse(false) : fileNotFound();
}

/**
 * True when the query has an undecodable escape or a control character, or its `url` is missing,
 * repeated or not a canonical path of this site (`/demo//egypt.webp`, `/demo/./egypt.webp`,
 * `/demo/x/../egypt.webp`, `/%64emo/egypt.webp`, another host).
 */
export function isMalformedImageQuery(search: string): boolean {
  const urls: string[] = [];
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    const decoded = [name, value].map(decodeQueryPart);
    if (decoded.some((part) => part === null || CONTROL.test(part))) return true;
    if (decoded[0] === 'url') urls.push(decoded[1]!);
  }
  const [url] = urls;
  return urls.length !== 1 || url!.length > MAX_URL_LENGTH || !CANONICAL_PATH.test(url!);
}

function decodeQueryPart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
