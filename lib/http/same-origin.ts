/**
 * Whether a state-changing request may come from where the browser says it comes from: refused when
 * `Sec-Fetch-Site` is `cross-site`, or when an `Origin` header is present and is not the site's.
 * In production the site is `pinned` (SITE_URL, lib/site-url.ts `pinnedOrigin`): the `Origin` must be
 * exactly it, whatever `Host` or `X-Forwarded-Host` say, since whoever sends the request chooses
 * those. Under `next dev` (`pinned` null) the site is the host the browser sent the request to
 * (`Host`, or `X-Forwarded-Host`), the request's own URL or one of `allowed`, compared by host as
 * Next.js does for server actions. `Origin: null`, sent by sandboxed frames and some redirects, is
 * refused either way.
 *
 * A request carrying neither header passes: browsers send `Origin` on every cross-origin POST (and
 * `Sec-Fetch-Site` on all of them in current engines), so its absence means a non-browser client such as
 * curl or a script holding a staff cookie, which cross-site request forgery cannot drive. The session
 * cookie is SameSite=Lax besides, so a cross-site form POST carries no session to begin with.
 */
export function isSameOriginRequest(
  request: Request,
  pinned: string | null,
  allowed: readonly (string | undefined)[] = [],
): boolean {
  if (request.headers.get('sec-fetch-site')?.toLowerCase() === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  let sent: URL;
  try {
    sent = new URL(origin.trim());
  } catch {
    return false;
  }
  const originHost = sent.host.toLowerCase();
  if (!originHost) return false;
  if (pinned !== null) return sent.origin === new URL(pinned).origin;
  const hosts = new Set<string>();
  for (const header of ['host', 'x-forwarded-host']) {
    const value = request.headers.get(header)?.split(',')[0]?.trim().toLowerCase();
    if (value) hosts.add(value);
  }
  for (const url of [request.url, ...allowed]) {
    if (url) hosts.add(new URL(url).host.toLowerCase());
  }
  return hosts.has(originHost);
}
