import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { articles, authors, sections, type NewArticle } from '@/db/schema';
import { paragraph } from '@/lib/body/document';
import { env } from '@/lib/env';

// Test data written straight to the database, the way an editor's save would leave it.

let handle: ReturnType<typeof createDb> | null = null;
export function testDb() {
  handle ??= createDb(env.DATABASE_URL!, { max: 2 });
  return handle;
}

export async function resetDatabase() {
  await testDb().execute(
    sql`truncate audit_log, article_revisions, section_slug_redirects, login_attempts, article_tags, articles, tags, authors, sections, users restart identity cascade`,
  );
}

let counter = 0;
export async function createSection(overrides: Partial<typeof sections.$inferInsert> = {}) {
  counter += 1;
  const [row] = await testDb()
    .insert(sections)
    .values({ slug: `section-${counter}`, name: `قسم ${counter}`, position: counter, ...overrides })
    .returning();
  return row!;
}

export async function createAuthor(overrides: Partial<typeof authors.$inferInsert> = {}) {
  counter += 1;
  const [row] = await testDb()
    .insert(authors)
    .values({ slug: `author-${counter}`, name: `كاتب ${counter}`, ...overrides })
    .returning();
  return row!;
}

export async function createArticle(sectionId: number, overrides: Partial<NewArticle> = {}) {
  counter += 1;
  const [row] = await testDb()
    .insert(articles)
    .values({
      slug: `خبر-${counter}`,
      title: `خبر رقم ${counter}`,
      summary: `ملخص الخبر ${counter}`,
      body: { type: 'doc', content: [paragraph(`نص الخبر ${counter}`)] },
      status: 'published',
      publishedAt: new Date(Date.now() - counter * 60_000),
      sectionId,
      ...overrides,
    })
    .returning();
  return row!;
}

/** The database server's clock, which the visibility rule uses. */
export async function databaseNow(): Promise<Date> {
  const rows = await testDb().execute<{ now: string }>(sql`select now()::text as now`);
  return new Date(rows[0]!.now);
}

/**
 * Resolves as soon as the database clock, which decides what is published, has passed `instant`:
 * a story scheduled for then is due, with no margin guessed on top.
 */
export async function databaseClockPasses(instant: Date): Promise<void> {
  await expect
    .poll(async () => (await databaseNow()).getTime(), { interval: 50, timeout: 10_000 })
    .toBeGreaterThan(instant.getTime());
}
