import { NO_SCRIPT_POLICY } from '../http/content-security-policy';
import { SITE } from '../site';

// A path whose percent-encoding does not decode (`%ZZ`, the overlong `%C0%AF`) or decodes to NUL or
// another control character names no page: the router or the database would only throw on it (500).
// The proxy refuses such a path up front with 400, before any route sees it.

const CONTROL = /[\u0000-\u001f\u007f]/;

/** True when some segment of `pathname` is not valid percent-encoded UTF-8 or holds a control character. */
export function isMalformedPath(pathname: string): boolean {
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (CONTROL.test(decoded)) return true;
  }
  return false;
}

const TITLE = 'رابط غير صالح';
const MESSAGE = 'هذا الرابط مكتوب بصيغة غير صحيحة، فلا توجد صفحة بهذا العنوان.';

/** The 400 answer: a self-contained Arabic page, or plain Arabic text where no page is expected. */
export function badRequestResponse(asHtml: boolean): Response {
  // Never cached: a CDN must not hold on to an error for a URL a later fix could serve.
  const headers = { 'Cache-Control': 'no-store' };
  if (!asHtml) {
    return new Response(`${TITLE}: ${MESSAGE}\n`, {
      status: 400,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${TITLE} | ${SITE.name}</title>
<style>body{font-family:Tahoma,Arial,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center;color:#1a1a1a}a{color:#b3121f}</style>
</head><body><main><h1>${TITLE}</h1>
<p>${MESSAGE}</p><p><a href="/">العودة إلى الرئيسية</a></p></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': NO_SCRIPT_POLICY },
  });
}
