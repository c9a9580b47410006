import { and, count, eq, like } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { articleRevisions, articles, auditLog } from '../../db/schema';
import { articlePath } from '../../lib/routes/paths';
import type { EditorialRecord } from './editors';

// What `npm run soak` checks after (and while) the editors work: every action left exactly one trace,
// and every scheduled story went live on time.

/**
 * How late a scheduled story became visible, in ms after its time: its page answers 200 with its title
 * and the front page lists it. Polled from 2 s before its time; null when it was not seen within a minute.
 */
export async function watchGoingLive(base: string, db: Database, record: EditorialRecord): Promise<number | null> {
  const [row] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, record.id));
  const path = articlePath({ id: record.id, slug: row!.slug });
  const at = record.at!.getTime();
  await new Promise((r) => setTimeout(r, Math.max(0, at - 2_000 - Date.now())));
  const seen: Record<'page' | 'home', number | null> = { page: null, home: null };
  while (Date.now() < at + 60_000 && (seen.page === null || seen.home === null)) {
    const asked = Date.now();
    const [page, home] = await Promise.all([
      fetch(base + path, { redirect: 'manual' }).then(
        async (r) => r.status === 200 && (await r.text()).includes(record.title),
      ),
      fetch(base + '/').then(async (r) => (await r.text()).includes(record.title)),
    ]);
    // A copy shown before the story's time would be a leak: counted as "never on time".
    if ((page || home) && asked < at) return -1;
    if (page) seen.page ??= Date.now();
    if (home) seen.home ??= Date.now();
    await new Promise((r) => setTimeout(r, 100));
  }
  if (seen.page === null || seen.home === null) return null;
  return Math.max(seen.page, seen.home) - at;
}

/** One line per story whose database traces are not exactly what its editor's actions should have left. */
export async function editorialProblems(db: Database, records: EditorialRecord[]): Promise<string[]> {
  const problems: string[] = [];
  const [made] = await db.select({ n: count() }).from(articles).where(like(articles.title, 'خبر التحمل %'));
  if (made!.n !== records.length)
    problems.push(`${made!.n} soak stories in the database for ${records.length} created`);
  for (const record of records) {
    const [rows] = await db.select({ n: count() }).from(articles).where(eq(articles.title, record.title));
    const [audits] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'article'),
          eq(auditLog.entityId, String(record.id)),
          eq(auditLog.action, record.kind),
        ),
      );
    const [revisions] = await db
      .select({ n: count() })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, record.id));
    const [story] = await db.select().from(articles).where(eq(articles.id, record.id));
    const label = `story ${record.id} (${record.kind})`;
    if (rows!.n !== 1) problems.push(`${label}: ${rows!.n} rows with its title`);
    if (audits!.n !== 1) problems.push(`${label}: ${audits!.n} "${record.kind}" audit entries`);
    if (revisions!.n !== record.saves) problems.push(`${label}: ${revisions!.n} revisions for ${record.saves} saves`);
    if (story?.status !== 'published') problems.push(`${label}: status ${story?.status}`);
    if (record.at && story?.publishedAt?.getTime() !== record.at.getTime())
      problems.push(`${label}: published_at ${story?.publishedAt?.toISOString()} for ${record.at.toISOString()}`);
  }
  return problems;
}
