/**
 * Whether a state-changing request may come from where the browser says it comes from: refused when
 * `Sec-Fetch-Site` is `cross-site`, or when an `Origin` header is present and is none of `allowed`
 * (`Origin: null`, sent by sandboxed frames and some redirects, is refused too).
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
  const own = new Set([new URL(request.url).origin, ...allowed.filter((o): o is string => !!o)]);
  return own.has(origin.trim().toLowerCase().replace(/\/$/, ''));
}
