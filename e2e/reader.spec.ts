import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { insertStory } from './support/db';

// Today's date in Cairo computed independently of the app's own formatter, from the platform's Intl.
function cairoToday(): string {
  const fmt = new Intl.DateTimeFormat('ar-EG-u-nu-latn', {
    timeZone: 'Africa/Cairo',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return fmt.format(new Date()).replace('،', '').replace(/\s+/g, ' ').trim();
}

test('the front page is Arabic, right to left, and dated today in Cairo @phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('header-date')).toHaveText(cairoToday());
  // One bar of sections at every width: on a phone it scrolls sideways, and the page stays as wide
  // as the screen.
  const nav = page.getByRole('navigation', { name: 'الأقسام' });
  await expect(nav.getByRole('link', { name: 'عرب وعالم' })).toBeVisible();
  const last = nav.getByRole('link', { name: 'رأي' });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
  await expect(page.getByRole('heading', { name: 'آخر الأخبار' })).toBeVisible();
  // A block for every section of the newspaper.
  for (const name of ['مصر', 'عرب وعالم', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'حوادث', 'تكنولوجيا', 'رأي']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  // Logical layout: the masthead sits at the right-hand (start) edge.
  const logo = await page.getByRole('link', { name: 'بوابة: الصفحة الرئيسية' }).boundingBox();
  const width = page.viewportSize()!.width;
  expect(logo!.x + logo!.width).toBeGreaterThan(width * 0.6);
});

test('home → section → article, with the section, dateline and body of the story', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'اقتصاد' }).click();
  await expect(page).toHaveURL(/\/section\/economy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اقتصاد');

  const firstStory = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  const headline = (await firstStory.textContent())!.trim();
  await firstStory.click();
  await expect(page).toHaveURL(/\/news\/\d+\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const sectionLink = page.getByTestId('article-section');
  await expect(sectionLink).toHaveText('اقتصاد');
  await expect(sectionLink).toHaveAttribute('href', '/section/economy');
  const dateline = page.locator('article time').first();
  await expect(dateline).toHaveText(/^\d{1,2}-\d{1,2}-\d{4} \| \d{2}:\d{2}$/);
  await expect(page.locator('.article-body p').nth(3)).toBeVisible();
  await expect(page.getByText(/^كتب:/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'أخبار ذات صلة' })).toBeVisible();

  // Sharing without third-party scripts: plain links carrying this page's canonical URL, and a copy button.
  const share = page.getByRole('navigation', { name: 'مشاركة الخبر' });
  const canonicalLink = page.locator('link[rel="canonical"]');
  await expect(canonicalLink).toHaveCount(1);
  await expect(canonicalLink).toHaveAttribute('href', /\/news\/\d+\//);
  const canonical = (await canonicalLink.getAttribute('href'))!;
  // The links share the story's short address, which answers 301 to the canonical one.
  const short = new URL(canonical).origin + new URL(canonical).pathname.split('/').slice(0, 3).join('/');
  const redirect = await page.request.get(short, { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(new URL(redirect.headers().location!, canonical).href).toBe(canonical);
  for (const [name, host] of [
    ['واتساب', 'wa.me'],
    ['فيسبوك', 'www.facebook.com'],
    ['إكس', 'x.com'],
    ['تيليجرام', 't.me'],
  ]) {
    const href = (await share.getByRole('link', { name }).getAttribute('href'))!;
    expect(new URL(href).host).toBe(host);
    expect(href).toContain(encodeURIComponent(short));
  }
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await share.getByRole('button', { name: 'نسخ الرابط' }).click();
  await expect(share.getByRole('button', { name: 'تم نسخ الرابط' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  const thirdParty = await page.evaluate(() =>
    [...document.scripts].map((s) => s.src).filter((src) => src && !src.startsWith(location.origin)),
  );
  expect(thirdParty).toEqual([]);
  await expect(page.locator('figure img').first()).toHaveAttribute('alt', /.{10,}/);
});

test('datelines read day-month-year from the left, even after Arabic text', async ({ page }) => {
  await page.goto('/section/culture');
  const time = page.locator('main article time').first();
  const text = (await time.textContent())!;
  const [day, , year] = text.split(' | ')[0]!.split('-');
  // Measure where the day and the year are drawn on screen.
  const [dayX, yearX] = await time.evaluate(
    (el, [d, y]) => {
      const node = el.firstChild!;
      const s = node.textContent!;
      const box = (from: number, len: number) => {
        const r = document.createRange();
        r.setStart(node, from);
        r.setEnd(node, from + len);
        return r.getBoundingClientRect().x;
      };
      return [box(s.indexOf(d!), d!.length), box(s.indexOf(y!), y!.length)];
    },
    [day, year],
  );
  expect(dayX).toBeLessThan(yearX);
});

test('sections page through their archive 20 stories at a time', async ({ page }) => {
  // Older stories, so they land on the later pages and leave the rest of the site unchanged.
  for (let i = 0; i < 12; i++)
    await insertStory('sports', `خبر أرشيفي للاختبار رقم ${i + 1}`, new Date(Date.now() - (40 + i) * 86_400_000));
  // The section page may be served once more from cache before it is re-rendered.
  await expect(async () => {
    await page.goto('/section/sports');
    await expect(page.locator('main article')).toHaveCount(20, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('link', { name: 'الصفحة التالية' }).click();
  await expect(page).toHaveURL(/\/section\/sports\/page\/2$/);
  await expect(page.locator('main article').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'الصفحة التالية' })).toHaveCount(0);
  await page.getByRole('link', { name: 'الصفحة السابقة' }).click();
  await expect(page).toHaveURL(/\/section\/sports$/);
});

test('unknown pages answer 404 in Arabic', async ({ page }) => {
  for (const path of [
    '/no-such-page',
    '/section/no-such-section',
    '/section/economy/page/99',
    '/news/999999999',
    '/news/999999999/whatever',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
    await expect(page.getByTestId('header-date')).toHaveText(cairoToday());
  }
});

test('an article URL without its slug, or with a wrong one, moves permanently to the canonical URL', async ({
  page,
  request,
}) => {
  await page.goto('/section/egypt');
  const href = (await page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .first()
    .getByRole('link')
    .getAttribute('href'))!;
  const id = href.split('/')[2];
  for (const path of [`/news/${id}`, `/news/${id}/old-slug`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    // The link writes the slug's letters unescaped; the redirect sends the encoded canonical path.
    expect(new URL(response.headers().location!, 'http://x').pathname).toBe(new URL(href, 'http://x').pathname);
  }
  expect((await request.get(href, { maxRedirects: 0 })).status()).toBe(200);
  const firstPage = await request.get('/section/egypt/page/1', { maxRedirects: 0 });
  expect(firstPage.status()).toBe(301);
});

// Every picture a reader sees is a file stored once (an upload's renditions, the demo drawings'
// committed ones), listed in srcset at its true width: nothing is resized on request, and Next's image
// optimizer is never asked (lib/image-loader.ts). The lead picture keeps what LCP and CLS need.
test('reader pages list stored renditions in srcset and never ask the image optimizer @phone', async ({
  page,
  request,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const candidates = new Map<string, number>();
  for (const path of ['/', '/section/economy', '/author/mostafa-zaki']) {
    await page.goto(path);
    for (const srcset of await page
      .locator('main img[srcset]')
      .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('srcset')!))) {
      for (const entry of srcset.split(', ')) {
        const [url, descriptor] = entry.split(' ');
        candidates.set(url!, Number(descriptor!.replace(/w$/, '')));
      }
    }
  }
  // A fresh document (not a client-side navigation), so the head holds this page's preloads only.
  const story = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  await page.goto((await story.getAttribute('href'))!);
  await expect(page).toHaveURL(/\/news\/\d+\//);
  const lead = page.locator('main article figure img').first();
  await expect(lead).toHaveAttribute('srcset', /^\/(demo|media)\/\S+ 480w, \S+ 828w, \S+ 1200w$/);
  await expect(lead).toHaveAttribute('width', /^\d+$/);
  await expect(lead).toHaveAttribute('height', /^\d+$/);
  await expect(lead).not.toHaveAttribute('loading', 'lazy');
  // Preloaded from the head by its own srcset, so the browser fetches it before layout.
  const srcset = (await lead.getAttribute('srcset'))!;
  await expect(page.locator(`link[rel="preload"][as="image"][imagesrcset="${srcset}"]`)).toHaveCount(1);
  await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeTruthy();
  const shown = await lead.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
  expect(srcset.split(', ').map((e) => e.split(' ')[0])).toContain(shown);

  expect(asked.filter((path) => path.startsWith('/_next/image'))).toEqual([]);
  expect(candidates.size).toBeGreaterThanOrEqual(6);
  for (const [url, width] of candidates) {
    expect(url, url).toMatch(/^\/(demo|media)\//);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('image/webp');
    expect(response.headers()['cache-control'], url).toMatch(/max-age=[1-9]/);
    expect((await sharp(await response.body()).metadata()).width, url).toBe(width);
  }
});
