import { eq, sum } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listMostRead, VIEWS_PER_ADDRESS_PER_MINUTE, VIEWS_PER_ADDRESS_PER_STORY } from '@/db/queries/views';
import { articleViews, viewClaims } from '@/db/schema';
import { SOCKET_ADDRESS_HEADER } from '@/lib/client-address';
import { startServerRuntime } from '@/runtime/start';
import { createArticle, createSection, databaseNow, resetDatabase, testDb } from '../support/fixtures';
import { beacon } from '../support/view-beacon';
import { HOUR_MS } from '../support/view-hours';
import { seedViews } from '../support/view-rows';

// What instrumentation.ts does at start-up. Small batches, so that many of them are written while
// beacons are still arriving.
process.env.VIEWS_FLUSH_MAX = '37';
const { views } = startServerRuntime();
const flushViews = () => views.flush();
afterAll(() => {
  delete process.env.VIEWS_FLUSH_MAX;
});

async function viewsByArticle(): Promise<Map<number, number>> {
  const rows = await testDb()
    .select({ id: articleViews.articleId, views: sum(articleViews.views).mapWith(Number) })
    .from(articleViews)
    .groupBy(articleViews.articleId);
  return new Map(rows.map((r) => [r.id, r.views]));
}

describe('the view beacon', () => {
  let stories: { id: number }[] = [];
  let hidden: Record<'draft' | 'review' | 'scheduled' | 'archived', number>;

  // One set of stories for the whole block: the route remembers for a few seconds which numbers
  // are public, and a reset database would hand the same numbers to different stories.
  beforeAll(async () => {
    await resetDatabase();
    const section = await createSection();
    stories = [];
    for (let i = 0; i < 20; i++) stories.push(await createArticle(section.id));
    const past = new Date(Date.now() - HOUR_MS);
    hidden = {
      draft: (await createArticle(section.id, { status: 'draft', publishedAt: null })).id,
      review: (await createArticle(section.id, { status: 'review', publishedAt: past })).id,
      scheduled: (await createArticle(section.id, { publishedAt: new Date(Date.now() + HOUR_MS) })).id,
      archived: (await createArticle(section.id, { status: 'archived', publishedAt: past })).id,
    };
  });
  beforeEach(async () => {
    await flushViews();
    await testDb().delete(articleViews);
    await testDb().delete(viewClaims);
  });
  // A reader of their own: an address of their own.
  const from = (n: number) => ({ [SOCKET_ADDRESS_HEADER]: `10.0.${n >> 8}.${n & 255}` });
  const readerId = (n: number) => `reader-${String(n).padStart(10, '0')}`;

  it('loses no view among 500 arriving at once for 20 stories, one row per story and hour', async () => {
    const expected = new Map<number, number>();
    const ids = Array.from({ length: 500 }, (_, i) => stories[(i * 7) % 20]!.id);
    for (const id of ids) expected.set(id, (expected.get(id) ?? 0) + 1);

    const answers = await Promise.all(ids.map((id, i) => beacon(id, from(i))));
    expect(answers.every((r) => r.status === 204)).toBe(true);
    await flushViews();

    expect(await viewsByArticle()).toEqual(expected);
    const rows = await testDb().select().from(articleViews);
    expect(rows.length).toBeLessThanOrEqual(40); // at most two hours if the run straddles one
    for (const row of rows) expect(row.hour.getTime() % HOUR_MS).toBe(0);
  });

  it("adds to the hour's existing count instead of replacing it", async () => {
    const id = stories[0]!.id;
    for (let i = 0; i < 3; i++) await beacon(id, from(i));
    await flushViews();
    for (let i = 3; i < 7; i++) await beacon(id, from(i));
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(7);
  });

  it('answers bots and staff pages like anyone else but counts nothing', async () => {
    const id = stories[1]!.id;
    const ignored = await Promise.all([
      beacon(id, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
      beacon(id, { 'user-agent': 'curl/8.5.0' }),
      beacon(id, {
        'user-agent':
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      }),
      beacon(id, { 'user-agent': '' }),
      beacon(id, { referer: `http://localhost/admin/articles/${id}/preview` }),
      beacon(id, { referer: 'http://localhost/admin' }),
      beacon(id, { 'sec-fetch-site': 'cross-site' }),
    ]);
    expect(ignored.map((r) => r.status)).toEqual(Array(7).fill(204));
    await flushViews();
    expect(await viewsByArticle()).toEqual(new Map());
  });

  it('counts 60 beacons for one story from one reader as one view, and three addresses as three', async () => {
    const id = stories[2]!.id;
    await Promise.all(Array.from({ length: 60 }, () => beacon(id, from(1))));
    await flushViews();
    await Promise.all(Array.from({ length: 60 }, () => beacon(`${id} ${readerId(1)}`, from(1))));
    await flushViews();
    // The same reader again in a later batch, on an instance that never saw the first view.
    await beacon(id, from(1));
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(2); // the address alone, and the address with its browser id
    for (const n of [2, 3, 4]) await Promise.all(Array.from({ length: 20 }, () => beacon(id, from(n))));
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(5);
  });

  it('caps what one address adds to one story, whatever reader ids it makes up', async () => {
    const id = stories[3]!.id;
    await Promise.all(Array.from({ length: 60 }, (_, i) => beacon(`${id} ${readerId(i)}`, from(7))));
    await flushViews();
    await Promise.all(Array.from({ length: 10 }, (_, i) => beacon(`${id} ${readerId(100 + i)}`, from(7))));
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(VIEWS_PER_ADDRESS_PER_STORY);
    // Readers elsewhere still count.
    await beacon(`${id} ${readerId(1)}`, from(8));
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(VIEWS_PER_ADDRESS_PER_STORY + 1);
  });

  it('caps how many views one address adds in a minute across many stories', async () => {
    // Two made-up readers for each of the 20 stories: 40 views, under the per-story cap everywhere.
    await Promise.all(stories.map((s, i) => beacon(`${s.id} ${readerId(2 * i)}`, from(9))));
    await flushViews();
    await Promise.all(stories.map((s, i) => beacon(`${s.id} ${readerId(2 * i + 1)}`, from(9))));
    await flushViews();
    const total = [...(await viewsByArticle()).values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(VIEWS_PER_ADDRESS_PER_MINUTE);
    // Another address is not held back by it.
    await beacon(stories[0]!.id, from(10));
    await flushViews();
    expect([...(await viewsByArticle()).values()].reduce((a, b) => a + b, 0)).toBe(VIEWS_PER_ADDRESS_PER_MINUTE + 1);
  });

  it('counts an IPv6 reader by its /64: made-up addresses of one /64 are one address', async () => {
    const id = stories[6]!.id;
    // A fresh address of the /64 and a fresh reader id per beacon.
    const ipv6 = (prefix: string, n: number) => ({ [SOCKET_ADDRESS_HEADER]: `${prefix}:${n.toString(16)}:1:2:3` });
    await Promise.all(Array.from({ length: 60 }, (_, i) => beacon(`${id} ${readerId(i)}`, ipv6('2001:db8:7:7', i))));
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(VIEWS_PER_ADDRESS_PER_STORY);
    // One reader who moves about their /64 is one reader.
    const other = stories[7]!.id;
    await Promise.all(Array.from({ length: 5 }, (_, i) => beacon(`${other} ${readerId(1)}`, ipv6('2001:db8:7:8', i))));
    await flushViews();
    expect((await viewsByArticle()).get(other)).toBe(1);
    // The next /64 is someone else.
    await beacon(`${id} ${readerId(1)}`, ipv6('2001:db8:7:9', 1));
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(VIEWS_PER_ADDRESS_PER_STORY + 1);
  });

  it('counts IPv4 written as IPv6 by a dual-stack socket as the IPv4 address', async () => {
    const id = stories[8]!.id;
    await beacon(`${id} ${readerId(1)}`, { [SOCKET_ADDRESS_HEADER]: '10.0.3.1' });
    await beacon(`${id} ${readerId(1)}`, { [SOCKET_ADDRESS_HEADER]: '::ffff:10.0.3.1' });
    await flushViews();
    expect((await viewsByArticle()).get(id)).toBe(1);
  });

  it('deletes claims older than the window on flush, and counts that reader again', async () => {
    const id = stories[4]!.id;
    await beacon(`${id} ${readerId(1)}`, from(11));
    await flushViews();
    const [claim] = await testDb().select().from(viewClaims);
    expect(claim).toMatchObject({ articleId: id });
    // Nothing in the row is the address.
    expect(`${claim!.clientKey} ${claim!.addressKey}`).not.toContain('10.0.0.11');
    // Another story's claim, 31 minutes old.
    const old = { ...claim!, articleId: stories[5]!.id, claimedAt: new Date(Date.now() - 31 * 60_000) };
    await testDb().insert(viewClaims).values(old);
    await testDb().update(viewClaims).set({ claimedAt: old.claimedAt }).where(eq(viewClaims.articleId, id));
    await beacon(`${id} ${readerId(1)}`, from(11));
    await flushViews();
    const left = await testDb().select().from(viewClaims);
    expect(left.map((c) => c.articleId)).toEqual([id]);
    expect(left[0]!.claimedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await viewsByArticle()).get(id)).toBe(2);
  });

  it('refuses stories readers cannot see, and anything that is not an article number', async () => {
    for (const [status, id] of Object.entries(hidden)) expect((await beacon(id)).status, status).toBe(404);
    expect((await beacon(999_999_999)).status).toBe(404);
    for (const body of ['', 'abc', '-1', '0', '1.5', '99999999999', `${stories[0]!.id} short`, `${stories[0]!.id} a b`])
      expect((await beacon(body)).status, body).toBe(400);
    expect((await beacon('1'.repeat(100))).status).toBe(413);
    await flushViews();
    expect(await viewsByArticle()).toEqual(new Map());
  });
});

describe('most read (الأكثر قراءة)', () => {
  beforeEach(resetDatabase);
  // An instant in the middle of an hour, so that "24 hours ago" falls inside an hourly row.
  const asOf = new Date('2030-03-01T10:30:00Z');
  const hoursBefore = (n: number) => new Date(Date.UTC(2030, 2, 1, 10) - n * HOUR_MS);

  it('ranks public stories by their views in the hourly rows of the last 24 hours', async () => {
    const section = await createSection();
    const story = (overrides = {}) =>
      createArticle(section.id, { publishedAt: new Date('2030-02-20T00:00:00Z'), ...overrides });
    const [steady, spike, old, recent, equalOlder] = [
      await story(),
      await story(),
      await story(),
      await story(),
      await story({ publishedAt: new Date('2030-02-10T00:00:00Z') }),
    ];
    const draft = await story({ status: 'draft', publishedAt: null });
    const archived = await story({ status: 'archived' });
    const scheduled = await story({ publishedAt: new Date('2030-03-01T12:00:00Z') });
    await seedViews([
      // The window opens at 10:30 yesterday: the 11:00 row is in it, the 10:00 row is not.
      { articleId: steady.id, hour: hoursBefore(0), views: 10 },
      { articleId: steady.id, hour: hoursBefore(23), views: 5 },
      { articleId: steady.id, hour: hoursBefore(24), views: 900 },
      { articleId: spike.id, hour: hoursBefore(2), views: 12 },
      { articleId: equalOlder.id, hour: hoursBefore(3), views: 12 },
      { articleId: old.id, hour: hoursBefore(30), views: 5_000 },
      { articleId: recent.id, hour: hoursBefore(0), views: 1 },
      { articleId: draft.id, hour: hoursBefore(1), views: 5_000 },
      { articleId: archived.id, hour: hoursBefore(1), views: 5_000 },
      { articleId: scheduled.id, hour: hoursBefore(1), views: 5_000 },
    ]);

    const ranked = await listMostRead({ asOf });
    // Equal counts: the newer story first.
    expect(ranked.map((a) => a.id)).toEqual([steady.id, spike.id, equalOlder.id, recent.id]);
    expect(ranked[0]).toMatchObject({ title: steady.title, section: { slug: section.slug } });
    // Two days on, nothing is left in the window.
    expect(await listMostRead({ asOf: new Date(asOf.getTime() + 48 * HOUR_MS) })).toEqual([]);
  });

  it('shows the top five by the database clock', async () => {
    const section = await createSection();
    const now = await databaseNow();
    const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
    const stories = [];
    for (let i = 0; i < 7; i++)
      stories.push(await createArticle(section.id, { publishedAt: new Date(now.getTime() - 86_400_000) }));
    await seedViews(stories.map((s, i) => ({ articleId: s.id, hour, views: (i + 1) * 10 })));
    await seedViews([{ articleId: stories[0]!.id, hour: new Date(hour.getTime() - 25 * HOUR_MS), views: 1_000 }]);
    expect((await listMostRead()).map((a) => a.id)).toEqual(
      stories
        .slice(2)
        .reverse()
        .map((s) => s.id),
    );
  });
});
