import { NextResponse, type NextRequest } from 'next/server';
import { withNoncePolicy } from '@/lib/http/security-headers';
import { isPerRequestPath } from '@/lib/routes/known-routes';
import { ROUTES } from '@/lib/routes/table';

// Pages rendered for each request (the newsroom, search) get a nonce policy
// (lib/http/security-headers.ts); admin pages first pass the convenience redirect.
export function perRequestPages(request: NextRequest): Response | undefined {
  const { pathname } = request.nextUrl;
  if (!isPerRequestPath(pathname)) return undefined;
  const { headers, policy } = withNoncePolicy(request.headers);
  const response =
    pathname === ROUTES.search.pattern
      ? NextResponse.next({ request: { headers } })
      : adminConvenienceRedirect(request, headers);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Sends visitors without a session cookie to the login form. Only a convenience: the pages, actions
// and route handlers check the session against the database themselves.
function adminConvenienceRedirect(request: NextRequest, headers: Headers) {
  const { pathname, search } = request.nextUrl;
  const hasSession =
    request.cookies.has('authjs.session-token') || request.cookies.has('__Secure-authjs.session-token');
  if (hasSession || pathname === ROUTES.login.pattern) return NextResponse.next({ request: { headers } });
  const login = new URL(ROUTES.login.pattern, request.url);
  login.searchParams.set('next', pathname + search);
  return NextResponse.redirect(login);
}
