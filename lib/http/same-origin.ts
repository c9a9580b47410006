/**
 * Whether a state-changing request may come from where the browser says it comes from: refused when
 * `Sec-Fetch-Site` is `cross-site`, or when an `Origin` header is present and names another host than
 * the one the browser sent the request to (`Host`, or `X-Forwarded-Host` set by a proxy in front),
 * the request's own URL or one of `allowed` (`Origin: null`, sent by sandboxed frames and some
 * redirects, is refused too). Comparing hosts, as Next.js does for server actions, holds behind a
 * proxy that terminates TLS and whatever address the server itself was started on.
 *
 * A request carrying neither header passes: browsers send `Origin` on every cross-origin POST (and
 * `Sec-Fetch-Site` on all of them in current engines), so its absence means a non-browser client such as
 * curl or a script holding a staff cookie, which cross-site request forgery cannot drive. The session
 * cookie is SameSite=Lax besides, so a cross-site form POST carries no session to begin with.
 */
export function isSameOriginRequest(request: Request, allowed: readonly (string | undefined)[]): boolean {
  if (request.headers.get('sec-fetch-site')?.toLowerCase() === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin.trim()).host.toLowerCase();
  } catch {
    return false;
  }
  if (!originHost) return false;
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
