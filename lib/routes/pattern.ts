// A route's pattern is its folder under app/ with the route groups dropped (`/section/[slug]/page/[page]`),
// so the table (table.ts) reads like the tree it describes and a test can compare the two.

/** What a pattern captured: a segment's decoded text, or a catch-all's decoded segments. */
export type Captured = Record<string, string | string[]>;

const PARAM = /^\[(\.\.\.)?(\w+)\]$/;

/** The pattern's segments, without the leading empty one (`/` has none). */
export function patternSegments(pattern: string): string[] {
  return pattern === '/' ? [] : pattern.split('/').slice(1);
}

export function isDynamicSegment(segment: string): boolean {
  return PARAM.test(segment);
}

/**
 * The request path's segments decoded, one trailing slash allowed; null when an escape does not
 * decode. Next.js keys its route cache by the decoded parameters (`/tag/cair%6F` is `/tag/cairo`), so
 * every rule here judges them decoded.
 */
export function decodedSegments(pathname: string): string[] | null {
  const raw = pathname.split('/').slice(1);
  if (raw.length > 1 && raw.at(-1) === '') raw.pop();
  if (raw.length === 1 && raw[0] === '') raw.pop();
  try {
    return raw.map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/**
 * The parameters `pathname` gives `pattern`, or null when it does not match. A decoded segment
 * holding `/` (`%2F`) matches no parameter: no page of ours has a slash in a slug or number.
 */
export function matchPattern(pattern: string, pathname: string): Captured | null {
  const segments = decodedSegments(pathname);
  if (!segments) return null;
  const wanted = patternSegments(pattern);
  const captured: Captured = {};
  for (let i = 0; i < wanted.length; i++) {
    const param = PARAM.exec(wanted[i]!);
    const segment = segments[i];
    if (segment === undefined) return null;
    if (!param) {
      if (segment !== wanted[i]) return null;
      continue;
    }
    if (param[1]) {
      const rest = segments.slice(i);
      if (rest.some((s) => s === '' || s.includes('/'))) return null;
      captured[param[2]!] = rest;
      return captured;
    }
    if (segment === '' || segment.includes('/')) return null;
    captured[param[2]!] = segment;
  }
  return segments.length === wanted.length ? captured : null;
}
