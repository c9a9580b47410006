import { SITE } from './site';

/** The 410 page for an archived story: a plain, self-contained Arabic page with a way home. */
export function gonePageHtml(): string {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>لم يعد هذا الخبر متاحًا | ${SITE.name}</title>
<style>body{font-family:Tahoma,Arial,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center;color:#1a1a1a}a{color:#b3121f}</style>
</head><body><main><h1>لم يعد هذا الخبر متاحًا</h1>
<p>أُرشف هذا الخبر ولم يعد منشورًا على ${SITE.name}.</p><p><a href="/">العودة إلى الرئيسية</a></p></main></body></html>`;
}
