import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { env } from '@/lib/env';

// A story moved in from WordPress (`npm run import:wordpress`) is found at its old address. The export
// holds one story in a section the demo data already has, so no other spec sees anything new.

const wpId = randomInt(1e6, 1e7);
const title = `مكتبة الحي تفتح أبوابها من جديد ${wpId}`;
const slug = encodeURIComponent(title.replace(/ /g, '-')).toLowerCase();
const oldPath = `/2023/03/08/${slug}`;

const EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>الموقع القديم</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>${title}</title><link>https://old.example${oldPath}/</link><dc:creator><![CDATA[salma]]></dc:creator>
<content:encoded><![CDATA[عادت مكتبة الحي إلى استقبال القراء بعد أشهر من التجديد.

وتضم المكتبة الآن قاعة للأطفال وركنًا للصحف القديمة.]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${wpId}</wp:post_id><wp:post_date><![CDATA[2023-03-08 12:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2023-03-08 10:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[${slug}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type><wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="economy"><![CDATA[اقتصاد]]></category></item>
</channel></rss>
`;

test.beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'bawaba-e2e-wordpress-'));
  const file = path.join(dir, 'export.xml');
  await writeFile(file, EXPORT);
  // The importer itself, as an operator runs it, against the database the app under test reads.
  await promisify(execFile)(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/import-wordpress.ts', file],
    { env: { ...process.env, DATABASE_URL: env.E2E_DATABASE_URL } },
  );
  await rm(dir, { recursive: true, force: true });
});

test('an imported story opens at its old WordPress address', async ({ page, request }) => {
  const moved = await request.get(oldPath, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers()['location']).toMatch(/\/news\/\d+\//);
  const byId = await request.get(`/?p=${wpId}`, { maxRedirects: 0 });
  expect(byId.status()).toBe(301);
  expect(byId.headers()['location']).toBe(moved.headers()['location']);
  expect((await request.get(`/2023/03/08/not-a-story-${wpId}`, { maxRedirects: 0 })).status()).toBe(404);

  await page.goto(`${oldPath}/`);
  await expect(page).toHaveURL(/\/news\/\d+\//);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('وتضم المكتبة الآن قاعة للأطفال')).toBeVisible();
});
