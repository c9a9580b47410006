import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { runMigrations } from '@/db/migrate';
import { articles, sections } from '@/db/schema';
import { isEmpty, seedDemo } from '@/db/seed/seed-demo';
import { getHomePage } from '@/db/queries/home';
import { resetDatabase, testDb } from '../support/fixtures';

describe('migrations and demo seed', () => {
  it('applies migrations again as a no-op, even from two instances at once', async () => {
    const url = inject('databaseUrl');
    await expect(Promise.all([runMigrations(url), runMigrations(url)])).resolves.toBeDefined();
  });

  it('refuses a published story without a publish time', async () => {
    await resetDatabase();
    const [section] = await testDb().insert(sections).values({ slug: 's', name: 'قسم' }).returning();
    await expect(
      testDb().execute(sql`insert into articles (slug, title, body, status, section_id)
      values ('x', 'x', '{}'::jsonb, 'published', ${section!.id})`),
    ).rejects.toMatchObject({ cause: { constraint_name: 'articles_published_has_time' } });
  });

  it('seeds the demo newspaper into an empty database', async () => {
    await resetDatabase();
    const url = inject('databaseUrl');
    expect(await isEmpty(url)).toBe(true);
    const { articles: total } = await seedDemo(url);
    expect(await isEmpty(url)).toBe(false);

    const [visible] = await testDb()
      .select({ n: count() })
      .from(articles)
      .where(sql`status = 'published' and published_at <= now()`);
    const [scheduled] = await testDb()
      .select({ n: count() })
      .from(articles)
      .where(sql`status = 'published' and published_at > now()`);
    const [drafts] = await testDb().select({ n: count() }).from(articles).where(eq(articles.status, 'draft'));
    expect(visible!.n).toBeGreaterThanOrEqual(120);
    expect(scheduled!.n).toBeGreaterThan(0);
    expect(drafts!.n).toBeGreaterThan(0);
    expect(visible!.n + scheduled!.n + drafts!.n).toBe(total);

    const home = await getHomePage();
    expect(home.lead).not.toBeNull();
    expect(home.sections).toHaveLength(8);
  });
});
