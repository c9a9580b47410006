import { createHash } from 'node:crypto';
import type { APIResponse, Page } from '@playwright/test';
import { ArticleEditor } from './support/article-editor';
import { authors, tags } from '@/db/schema';
import { articlePath as pathOf, authorPath, tagPath } from '@/lib/routes/paths';
import { addPagePolicy } from '@/runtime/page-cache/handler';
import { e2eDb, insertStory } from './support/db';
import { onThisSite } from './support/site-address';
import { expect, test } from './support/staff-session';

// Every HTML answer carries a Content-Security-Policy that allows no inline script without a hash or
// nonce, and the site's pages still run under it: no violation, no console error, hydrated.

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

function directives(policy: string) {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...v]) => [name, v]),
  );
}

/** The required headers, and a script-src that names every inline script of this very body. */
async function expectSecureHtml(response: APIResponse) {
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  const d = directives(policy);
  expect(d.get('object-src'), policy).toEqual(["'none'"]);
  expect(d.get('base-uri'), policy).toEqual(["'none'"]);
  expect(d.get('frame-ancestors'), policy).toEqual(["'none'"]);
  const scriptSrc = d.get('script-src') ?? [];
  expect(scriptSrc, policy).not.toContain("'unsafe-inline'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // The suite runs a production build (`next build`): HSTS on (browsers ignore it over http).
  expect(headers['strict-transport-security']).toBe('max-age=31536000');
  expect(headers['x-powered-by']).toBeUndefined();

  const body = await response.text();
  const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  for (const [, attributes = '', text = ''] of body.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc=|application\/ld\+json/.test(attributes) || text === '') continue;
    if (nonce) {
      expect(attributes).toContain(`nonce="${nonce}"`);
    } else {
      const hash = createHash('sha256').update(text).digest('base64');
      expect(scriptSrc, `inline script ${text.slice(0, 60)}…`).toContain(`'sha256-${hash}'`);
    }
  }
  return { policy, nonce, cache: headers['x-nextjs-cache'] };
}

/** Collects CSP violations and console errors from the moment the page starts loading. */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `CSP: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

/** Next's client booted (window.next) and a link click navigates without a full reload (RSC fetch). */
async function expectHydratedAndSoftNavigating(page: Page, link: ReturnType<Page['getByRole']>) {
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const before = page.url();
  await link.click();
  await expect(page).not.toHaveURL(before);
  await page.waitForLoadState('domcontentloaded');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
}

test('reader pages carry a hash policy for their own scripts, run with no violation and navigate client-side', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000); // eight pages in a browser, then each again for its headers
  const problems = await watchForViolations(page);
  const main = page.getByRole('main');

  await page.goto('/');
  const articleLink = main.getByRole('article').first().getByRole('link').first();
  const articlePath = new URL((await articleLink.getAttribute('href'))!, page.url()).pathname;
  await expectHydratedAndSoftNavigating(page, articleLink);
  await expect(page).toHaveURL(new RegExp(articlePath));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A section, a tag and an author of the demo newspaper, by full loads.
  const [tag] = await e2eDb().select({ slug: tags.slug }).from(tags).limit(1);
  const [author] = await e2eDb().select({ slug: authors.slug }).from(authors).limit(1);
  const paths = ['/', '/section/economy', articlePath, tagPath(tag!.slug), authorPath(author!.slug)];
  for (const path of paths.slice(1)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForFunction(() => (window as unknown as { next?: object }).next);
  }

  // Search (rendered per request, nonce): the header's box works, then the results page's links.
  await page.goto('/section/economy');
  await page.waitForFunction(() => (window as unknown as { next?: object }).next);
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'بحث' });
  await box.fill('مصر');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('مصر');
  await expectHydratedAndSoftNavigating(page, main.getByRole('article').first().getByRole('link').first());
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);

  for (const path of [...paths, '/search?q=' + encodeURIComponent('مصر')]) {
    await expectSecureHtml(await request.get(path));
  }
  // The response that renders a page (a miss: a story nobody has asked for yet) has the same policy
  // for its own scripts as the answers served from the cache. Dated long ago: no listing changes.
  const fresh = await insertStory(
    'culture',
    'خبر لم يطلبه أحد بعد لاختبار السياسة',
    new Date(Date.now() - 500 * 86_400_000),
  );
  const freshPath = pathOf(fresh);
  const rendered = await expectSecureHtml(await request.get(freshPath));
  expect(rendered.cache).toBe('MISS');
  const again = await expectSecureHtml(await request.get(freshPath));
  expect(['HIT', 'STALE']).toContain(again.cache);
});

test("a script planted in a cached page is left out of its policy, and the browser refuses it while Next's run", async ({
  page,
  request,
}) => {
  // No reader surface lets a script into a page (e2e/xss-corpus.spec.ts): this stands for one that
  // got past the sanitiser. The real page as the server rendered it, with a script added to it,
  // goes through the cache handler's policy as the server's copy did, and Chromium loads it
  // at the site's address (its chunks from the real server) under that policy.
  const story = await insertStory(
    'culture',
    'خبر يزرع فيه سكربت لاختبار السياسة',
    new Date(Date.now() - 502 * 86_400_000),
  );
  const path = pathOf(story);
  const served = await request.get(path);
  const html = await served.text();
  const policyOf = (markup: string) => {
    const value = { kind: 'APP_PAGE', html: markup, headers: {} as Record<string, string> };
    addPagePolicy(value);
    return value.headers['content-security-policy']!;
  };
  // The handler here gives the page as it is the very policy the server sent with it.
  expect(policyOf(html)).toBe(served.headers()['content-security-policy']);

  // A child of <body>, which React's hydration passes over (nested deeper, the extra element would
  // also be a hydration mismatch).
  const bodyEnd = html.lastIndexOf('</body>');
  expect(bodyEnd).toBeGreaterThan(0);
  const marker = '<script>window.plantedScriptRan = true; document.title = "planted"</script>';
  const planted = `${html.slice(0, bodyEnd)}${marker}${html.slice(bodyEnd)}`;
  const policy = policyOf(planted);
  expect(policy).toBe(served.headers()['content-security-policy']); // the planted script added nothing

  const violations: string[] = [];
  await page.exposeFunction('reportPlantedViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportPlantedViolation: (t: string) => void }).reportPlantedViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(
    (url) => url.pathname === path,
    (route) =>
      route.request().resourceType() !== 'document'
        ? route.continue()
        : route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'content-security-policy': policy },
            body: planted,
          }),
  );
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  // Every script of Next.js ran: the client booted and hydrated the page.
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version);
  expect(await page.evaluate(() => (window as unknown as { plantedScriptRan?: boolean }).plantedScriptRan)).toBe(
    undefined,
  );
  expect(await page.title()).not.toBe('planted');
  expect(violations).toEqual(['script-src-elem inline']);
  expect(errors).toEqual([]);
});

test('admin pages get a fresh nonce per response, and the editor saves under it', async ({ page, pageAs, request }) => {
  const login = await expectSecureHtml(await request.get('/admin/login'));
  const again = await expectSecureHtml(await request.get('/admin/login'));
  expect(login.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(again.nonce).not.toBe(login.nonce);
  expect(login.policy).toContain("'strict-dynamic'");

  // A policy smuggled in by the client is replaced, never echoed.
  const smuggled = await request.get('/admin/login', {
    headers: { 'Content-Security-Policy': "script-src 'nonce-chosenbyclient'" },
  });
  expect((await expectSecureHtml(smuggled)).nonce).not.toBe('chosenbyclient');

  const problems = await watchForViolations(page);
  await page.goto('/admin/login');
  await page.waitForFunction(() => (window as unknown as { next?: object }).next);
  await expect(page.getByRole('button', { name: 'تسجيل الدخول' })).toBeVisible();
  expect(problems).toEqual([]);

  const editorPage = await pageAs('editor');
  const editorProblems = await watchForViolations(editorPage);
  const editor = new ArticleEditor(editorPage);
  await editor.openNew();
  await editor.fill({
    title: 'مسودة لاختبار سياسة أمن المحتوى',
    summary: 'ملخص قصير للمسودة',
    body: 'نص المسودة يكتب في المحرر.',
    section: 'اقتصاد',
  });
  await editor.press('حفظ المسودة');
  await expect(editorPage).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(editor.status()).toHaveText('مسودة');
  expect(editorProblems).toEqual([]);
  await expectSecureHtml(await editorPage.request.get('/admin/articles/new'));
});

test('another site cannot frame the admin', async ({ pageAs }) => {
  const admin = await pageAs('admin');
  const target = new URL('/admin/users', test.info().project.use.baseURL);
  // A page on another origin, served by the browser's own router, frames ours and, as a control,
  // one of its own that it may show.
  await admin.route('http://framing.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: route.request().url().endsWith('/inner')
        ? '<h1>صفحة الموقع الآخر</h1>'
        : `<iframe id="ours" src="${target.href}" onload="window.oursLoaded = true"></iframe>
           <iframe id="theirs" src="/inner"></iframe>`,
    }),
  );
  await admin.goto('http://framing.example/');
  await admin.waitForFunction(() => (window as unknown as { oursLoaded?: boolean }).oursLoaded);
  await expect(admin.frameLocator('#theirs').getByRole('heading', { name: 'صفحة الموقع الآخر' })).toBeVisible();
  // Nothing of ours renders in the frame (not the page, not the login form a cookie-less frame
  // would be sent to): the browser shows its own error document instead.
  const ours = await (await admin.locator('#ours').elementHandle())!.contentFrame();
  expect(ours!.url()).not.toContain(target.host);
  const frame = admin.frameLocator('#ours');
  await expect(frame.getByRole('heading', { name: 'المستخدمون' })).toHaveCount(0);
  await expect(frame.locator('input[type="password"]')).toHaveCount(0);
  // Signed in and unframed, the same page shows.
  await admin.goto(target.href);
  await expect(admin.getByRole('heading', { name: 'المستخدمون' })).toBeVisible();
});

test('error pages of our own run no script, and API answers are nosniff', async ({ request }) => {
  const archived = await insertStory('culture', 'خبر مؤرشف لاختبار ترويسات الأمان', new Date(Date.now() - 86_400_000), {
    status: 'archived',
  });
  const gone = await request.get(`/news/${archived.id}/${archived.slug}`, { maxRedirects: 0 });
  expect(gone.status()).toBe(410);
  const malformed = await request.get('/news/%ZZ');
  expect(malformed.status()).toBe(400);
  for (const response of [gone, malformed]) {
    const { policy } = await expectSecureHtml(response);
    expect(directives(policy).get('script-src')).toEqual(["'none'"]);
  }
  for (const path of ['/api/health', '/rss.xml', '/sitemap.xml']) {
    const response = await request.get(path);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['x-powered-by'], path).toBeUndefined();
  }
});

test("Auth.js's built-in pages send to the login form, and whatever Auth.js answers runs no script", async ({
  request,
}) => {
  const baseURL = test.info().project.use.baseURL!;
  const pages = ['/api/auth/signin', '/api/auth/signout', '/api/auth/error', '/api/auth/verify-request'];
  for (const path of [...pages, '/api/auth/error?error=Configuration', '/api/auth/signin/credentials']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(302);
    expect(response.headers()['location'], path).toMatch(onThisSite(baseURL, '/admin/login'));
    expect(response.headers()['content-type'] ?? '', path).not.toContain('text/html');
    expect(directives(response.headers()['content-security-policy'] ?? '').get('script-src'), path).toEqual(["'none'"]);
  }
  // The JSON endpoints carry the same policy, so that nothing Auth.js sends ever runs a script.
  for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(directives(response.headers()['content-security-policy'] ?? '').get('script-src'), path).toEqual(["'none'"]);
  }
});
