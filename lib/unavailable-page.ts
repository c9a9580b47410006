import type { OutageAudience } from './http/outage';
import { SITE } from './site';
import { UNAVAILABLE } from './unavailable-messages';

/**
 * The 503 page while the database is down: plain, self-contained Arabic HTML that needs nothing from
 * the server (no script, no database), like the 410 page of lib/gone-page.ts.
 */
export function unavailablePageHtml(audience: OutageAudience): string {
  const title = audience === 'staff' ? UNAVAILABLE.staffTitle : UNAVAILABLE.readerTitle;
  const text = audience === 'staff' ? UNAVAILABLE.staffText : UNAVAILABLE.readerText;
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} | ${SITE.name}</title>
<style>body{font-family:Tahoma,Arial,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center;color:#1a1a1a}a{color:#b3121f}.mark{display:inline-block;background:#b3121f;color:#fff;font-weight:bold;font-size:1.5rem;padding:.25rem .75rem;border-radius:6px}</style>
</head><body><main><p class="mark">${SITE.name}</p><h1>${title}</h1>
<p>${text}</p><p><a href="${audience === 'staff' ? '/admin' : '/'}">أعد المحاولة</a></p></main></body></html>`;
}
