import { isDynamicSegment, patternSegments } from './pattern';
import { ROOT_STATIC_FILES, ROUTE_LIST } from './table';

// The proxy's matcher, derived from the route table. Next.js reads `config.matcher` from proxy.ts as
// a literal, so proxy.ts spells it out and a unit test checks that it equals this.
//
// The proxy runs on every path but Next's own files, the API and the fixed files at the root: our
// pages and files need its checks, and any other path may be an old WordPress address. Of the API it
// sees only the routes that decode a path parameter (Auth.js's catch-all), for the malformed-path
// check; and Next's image optimizer, which it answers itself (lib/image-optimizer-off.ts).

const HTML_KINDS = new Set(['page', 'admin']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function proxyMatcher(): string[] {
  const segments = ROUTE_LIST.map((r) => patternSegments(r.pattern));
  const apiWithParams = segments
    .filter((s) => s[0] === 'api' && s.some(isDynamicSegment))
    .map((s) => `/${s.slice(0, s.findIndex(isDynamicSegment)).join('/')}/:path*`);
  const rootFiles = ROUTE_LIST.filter((r) => !HTML_KINDS.has(r.kind) && patternSegments(r.pattern).length === 1).map(
    (r) => patternSegments(r.pattern)[0]!,
  );
  const skipped = ['_next/', 'api/', ...rootFiles, ...ROOT_STATIC_FILES].map(escape);
  return ['/_next/image(.*)', ...new Set(apiWithParams), `/((?!${skipped.join('|')}).*)`];
}
