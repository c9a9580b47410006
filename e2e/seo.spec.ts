import { expect, test, type Page } from '@playwright/test';
import { insertStory } from './support/db';

async function head(page: Page) {
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  return {
    title: await page.title(),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    robots: await meta('meta[name="robots"]'),
    ogType: await meta('meta[property="og:type"]'),
    ogTitle: await meta('meta[property="og:title"]'),
    ogUrl: await meta('meta[property="og:url"]'),
    ogImage: await meta('meta[property="og:image"]'),
    ogLocale: await meta('meta[property="og:locale"]'),
    twitter: await meta('meta[name="twitter:card"]'),
  };
}

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => JSON.parse(b)['@graph'] ?? [JSON.parse(b)]) as Record<string, unknown>[];
}

test('home: title, canonical, Open Graph, robots, and WebSite + publisher structured data', async ({ page }) => {
  await page.goto('/');
  const h = await head(page);
  expect(h.title).toContain('بوابة');
  expect(new URL(h.canonical!).pathname).toBe('/');
  expect(h.robots).toContain('max-image-preview:large');
  expect(h).toMatchObject({ ogType: 'website', ogLocale: 'ar_AR', twitter: 'summary_large_image' });
  const ld = await jsonLd(page);
  expect(ld.map((x) => x['@type'])).toEqual(['WebSite', 'NewsMediaOrganization']);
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href')).toMatch(
    /\/rss\.xml$/,
  );
});

test('section, tag and author pages: own title and absolute canonical', async ({ page }) => {
  for (const [path, name] of [
    ['/section/economy', 'اقتصاد'],
    ['/author/heba-elshenawy', 'هبة الشناوي'],
  ] as const) {
    await page.goto(path);
    const h = await head(page);
    expect(h.title).toBe(`${name} | بوابة`);
    expect(new URL(h.canonical!).pathname).toBe(path);
    expect(h.robots).toContain('max-image-preview:large');
  }
  await page.goto('/section/economy');
  await page.locator('main article h2 a').first().click();
  const tag = page.getByRole('region', { name: 'الوسوم:' }).getByRole('link').first();
  const tagName = (await tag.textContent())!.trim();
  await tag.click();
  await page.waitForURL(/\/tag\//);
  await expect(page).toHaveTitle(`${tagName} | بوابة`);
  expect(new URL((await head(page)).canonical!).pathname).toMatch(/^\/tag\//);
});

test('article: Open Graph article, NewsArticle JSON-LD safe against a hostile headline, Last-Modified, HEAD', async ({
  page,
  request,
}) => {
  const title = 'خبر </script><script>window.__pwned=1</script> & "اقتباس" لاختبار الترميز';
  const story = await insertStory('egypt', title, new Date(Date.now() - 60_000), {
    leadImageUrl: '/demo/egypt.webp',
    leadImageAlt: 'الأهرامات عند الغروب',
    leadImageWidth: 1200,
    leadImageHeight: 675,
  });
  const path = `/news/${story.id}/${encodeURIComponent(story.slug)}`;
  await expect(async () => expect((await request.get(path)).status()).toBe(200)).toPass({ timeout: 10_000 });
  await page.goto(path);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const h = await head(page);
  expect(h.title).toBe(`${title} | بوابة`);
  expect(new URL(h.canonical!).pathname).toBe(path);
  expect(h).toMatchObject({ ogType: 'article', twitter: 'summary_large_image' });
  // The demo drawing's committed 16:9 crop, served as a file: nothing is cut on request.
  expect(new URL(h.ogImage!).pathname).toBe('/demo/crops/egypt-16x9.jpg');
  const og = await request.get(new URL(h.ogImage!).pathname);
  expect(og.status()).toBe(200);
  expect(og.headers()).toMatchObject({
    'content-type': 'image/jpeg',
    'cache-control': 'public, max-age=86400',
    'x-content-type-options': 'nosniff',
  });
  expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe('الأهرامات عند الغروب');
  expect(await page.locator('meta[property="article:published_time"]').getAttribute('content')).toMatch(
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[23]:00$/,
  );
  expect(await page.locator('meta[property="article:section"]').getAttribute('content')).toBe('مصر');

  const [article, breadcrumb] = await jsonLd(page);
  expect(article).toMatchObject({ '@type': 'NewsArticle', headline: title, inLanguage: 'ar', articleSection: 'مصر' });
  expect(article!.image).toHaveLength(3);
  expect((article!.image as string[]).map((url) => new URL(url).pathname)).toEqual(
    ['16x9', '4x3', '1x1'].map((ratio) => `/demo/crops/egypt-${ratio}.jpg`),
  );
  for (const url of article!.image as string[]) {
    const img = await request.get(new URL(url).pathname);
    expect(img.status(), url).toBe(200);
    expect(img.headers()['content-type']).toBe('image/jpeg');
  }
  // Addresses from before crops were stored answer with the same file; a query string changes nothing.
  const legacy = await request.get('/img/16x9/demo/egypt.webp?w=4000');
  expect(legacy.status()).toBe(200);
  expect(Buffer.compare(await legacy.body(), await og.body())).toBe(0);
  const unknown = await request.get('/img/16x9/demo/no-such-drawing.webp');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['cache-control']).toBe('no-store');
  expect(breadcrumb!['@type']).toBe('BreadcrumbList');

  const response = await request.get(path);
  expect(new Date(response.headers()['last-modified']!).getTime()).toBeGreaterThan(0);
  const headResponse = await request.head(path);
  expect(headResponse.status()).toBe(200);
});

test('an archived story answers 410 Gone', async ({ request }) => {
  const story = await insertStory('sports', 'خبر مؤرشف لاختبار الحالة 410', new Date(Date.now() - 3_600_000), {
    status: 'archived',
  });
  for (const path of [`/news/${story.id}`, `/news/${story.id}/${encodeURIComponent(story.slug)}`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(410);
    expect(await response.text()).toContain('لم يعد هذا الخبر متاحًا');
  }
});

test('robots.txt allows the site, keeps crawlers out of /admin and /api, and names the sitemap', async ({
  request,
}) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/Allow: \//);
  expect(text).toMatch(/Disallow: \/admin/);
  expect(text).toMatch(/Disallow: \/api/);
  expect(text).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});
