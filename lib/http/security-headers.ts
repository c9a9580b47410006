import { contentSecurityPolicy } from './content-security-policy';

export { NO_SCRIPT_POLICY } from './content-security-policy';

// Pages rendered for each request (the admin, search results) cannot be hashed ahead of time, so
// they get a nonce: a fresh random value per response, put in the request's Content-Security-Policy
// header, where Next.js looks for it and adds it to every script tag it renders. Cached reader pages
// must never see one (it would be baked into the cached HTML): their policy comes from the page
// cache handler, by hash.

/** 128 random bits, base64: unguessable for the one response that carries it. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of a page rendered per request: its nonce, and what nonced scripts load ('strict-dynamic'). */
export function noncePolicy(nonce: string): string {
  return contentSecurityPolicy([`'nonce-${nonce}'`, "'strict-dynamic'"]);
}

/**
 * Copies of the request headers with a fresh nonce policy for Next.js to read, and the same policy
 * for the response. Any Content-Security-Policy the client sent is replaced.
 */
export function withNoncePolicy(requestHeaders: Headers): { headers: Headers; policy: string } {
  const policy = noncePolicy(newNonce());
  const headers = new Headers(requestHeaders);
  headers.delete('content-security-policy-report-only');
  headers.set('content-security-policy', policy);
  return { headers, policy };
}
