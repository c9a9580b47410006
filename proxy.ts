import { NextResponse, type NextRequest } from 'next/server';
import { canonicalArticlePath } from '@/db/queries/articles';
import { classifyPath, samePath } from '@/lib/canonical-paths';
import { createTtlMemo } from '@/lib/ttl-memo';

// Public articles' canonical paths, remembered briefly so that cached article pages are not held
// up by a database round trip. "Not public" is never remembered: a scheduled story must be
// reachable the second it goes live.
const canonicalPaths = createTtlMemo<number, string>(10_000, 10_000);

// Canonical URLs with a true 301 (a page can only answer 307/308): an article reached by its
// number with a missing or outdated slug, and a section's "page 1". Nothing here is a security check.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/admin')) return adminConvenienceRedirect(request);
  const check = classifyPath(pathname);
  let target: string | null = null;
  if (check.kind === 'redirect') target = check.to;
  else if (check.kind === 'article') {
    const canonical = canonicalPaths.get(check.id) ?? (await lookUp(check.id));
    // Not public (yet): let the page answer 404.
    if (canonical && !samePath(pathname, canonical)) target = canonical;
  }
  if (!target) return NextResponse.next();
  return NextResponse.redirect(new URL(target + search, request.url), 301);
}

// Sends visitors without a session cookie to the login form. Only a convenience: the pages, actions
// and route handlers check the session against the database themselves.
function adminConvenienceRedirect(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = request.cookies.has('authjs.session-token') || request.cookies.has('__Secure-authjs.session-token');
  if (hasSession || pathname === '/admin/login') return NextResponse.next();
  const login = new URL('/admin/login', request.url);
  login.searchParams.set('next', pathname + search);
  return NextResponse.redirect(login);
}

async function lookUp(id: number): Promise<string | null> {
  const path = await canonicalArticlePath(id);
  return path ? canonicalPaths.remember(id, path) : null;
}

export const config = {
  matcher: ['/news/:path*', '/section/:path*', '/admin/:path*'],
};
