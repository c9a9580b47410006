import { eq, sql } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { articles, authors, sections } from '@/db/schema';
import { paragraph } from '@/lib/body/document';
import { env } from '@/lib/env';
import { slugify } from '@/lib/slug';

// Direct access to the database the app under test reads, for arranging stories the way an
// editor's action would leave them.
let handle: ReturnType<typeof createDb> | null = null;
export function e2eDb() {
  const url = env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the suite with `npm run test:e2e`.');
  handle ??= createDb(url, { max: 2 });
  return handle;
}

export async function databaseNow(): Promise<Date> {
  const rows = await e2eDb().execute<{ now: string }>(sql`select now()::text as now`);
  return new Date(rows[0]!.now);
}

export async function insertStory(
  sectionSlug: string,
  title: string,
  publishedAt: Date,
  extra: Partial<typeof articles.$inferInsert> = {},
) {
  const [section] = await e2eDb().select().from(sections).where(eq(sections.slug, sectionSlug));
  const [row] = await e2eDb()
    .insert(articles)
    .values({
      title,
      slug: slugify(title),
      summary: `${title}: ملخص كتب لاختبار المتصفح.`,
      body: { type: 'doc', content: [paragraph('فقرة أولى من نص الاختبار.'), paragraph('فقرة ثانية من نص الاختبار.')] },
      status: 'published',
      publishedAt,
      sectionId: section!.id,
      ...extra,
    })
    .returning();
  return row!;
}

/**
 * Moves a scheduled story's time to `ms` from now by the database clock, as a re-schedule would leave
 * it, so that a test need not wait out the minute the form schedules to. Returns the new time.
 */
export async function rescheduleIn(articleId: number, ms: number): Promise<Date> {
  const [row] = await e2eDb()
    .update(articles)
    .set({ publishedAt: sql`now() + make_interval(secs => ${ms / 1000})` })
    .where(eq(articles.id, articleId))
    .returning({ publishedAt: articles.publishedAt });
  return row!.publishedAt!;
}

/** A staff account of its own, for tests that must not disturb the shared demo accounts. */
export async function insertStaffUser(role: 'admin' | 'editor' | 'writer', password: string) {
  const { hashPassword } = await import('@/auth/password');
  const { users } = await import('@/db/schema');
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@bawaba.test`;
  const [row] = await e2eDb()
    .insert(users)
    .values({ email, name: `حساب اختبار ${role}`, role, passwordHash: await hashPassword(password) })
    .returning();
  return row!;
}

/** A seeded byline's id, so that a test can file stories under a real author. */
export async function authorIdBySlug(slug: string): Promise<number> {
  const [row] = await e2eDb().select({ id: authors.id }).from(authors).where(eq(authors.slug, slug));
  if (!row) throw new Error(`No author "${slug}" in the e2e database.`);
  return row.id;
}
