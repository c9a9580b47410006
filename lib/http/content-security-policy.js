// @ts-check
// Plain JavaScript on purpose: the page cache handler (runtime/page-cache/handler.js) and
// next.config.js are loaded by Node.js itself, not bundled, and they build the same policies as the
// proxy. Types are in content-security-policy.d.ts.

// What every page's policy says besides scripts. Images may come from any https host (article bodies
// may embed them); plugins and <base> are refused outright, and no other site may frame a page,
// which is what stops clickjacking of /admin/users.
const COMMON_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob: https:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The policy for a page whose scripts are `scriptSources`: our own origin's files ('self', Next's
 * chunks) plus the inline scripts named by hash or nonce. Never 'unsafe-inline'.
 * @param {readonly string[]} scriptSources e.g. `'sha256-…'` or `'nonce-…'`
 */
export function contentSecurityPolicy(scriptSources) {
  return [`script-src 'self' ${scriptSources.join(' ')}`.trim(), ...COMMON_DIRECTIVES].join('; ');
}

/** The policy for our self-contained error pages (410, 400): no script at all, inline style only. */
export const NO_SCRIPT_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// A year, the usual HSTS lifetime. No includeSubDomains: other hosts of the newspaper's domain are
// not ours to pin to https.
const HSTS = 'max-age=31536000';

/**
 * Headers every response carries (pages, route handlers, files), set from next.config.js.
 * HSTS only for a production build: browsers ignore it over plain http (RFC 6797 §8.1), so a
 * production build served over http (the LAN demo, the e2e run) loses nothing, and `next dev` never
 * pins localhost to https.
 * @param {{ production: boolean }} options
 * @returns {{ key: string, value: string }[]}
 * @public next.config.js uses it: knip's production mode reads that file as configuration, not as code.
 */
export function securityHeaders({ production }) {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
  ];
  if (production) headers.push({ key: 'Strict-Transport-Security', value: HSTS });
  return headers;
}
