import { sql } from 'drizzle-orm';
import { e2eDb } from './db';

// What an attack could have changed, read straight from the database before and after it. Only the
// rows a test planted (by id) or named (by a marker in a title, email or slug) are read: other specs
// run beside this one and change the rest of the newsroom meanwhile.

export interface SnapshotScope {
  articleIds: number[];
  userIds: number[];
  sectionIds: number[];
  /** A string every row a test creates carries (title, email, slug, tag name). */
  marker: string;
}

const pgArray = (values: number[]) => `{${values.join(',')}}`;

export type Snapshot = Record<string, unknown[]>;

export async function snapshot(scope: SnapshotScope): Promise<Snapshot> {
  const db = e2eDb();
  const like = `%${scope.marker}%`;
  // One array parameter each (drizzle would spread a JS array into a list of parameters).
  const ids = {
    article: pgArray(scope.articleIds),
    user: pgArray(scope.userIds),
    section: pgArray(scope.sectionIds),
  };
  const articleIds = sql`(select id from articles where id = any(${ids.article}::int[]) or title like ${like} or summary like ${like})`;
  const queries = {
    articles: sql`select to_jsonb(a) - 'search_vector' as row from articles a where a.id in ${articleIds} order by a.id`,
    article_revisions: sql`select to_jsonb(r) as row from article_revisions r where r.article_id in ${articleIds} order by r.id`,
    article_tags: sql`select to_jsonb(t) as row from article_tags t where t.article_id in ${articleIds} order by t.article_id, t.tag_id`,
    tags: sql`select to_jsonb(t) as row from tags t where t.name like ${like} or t.slug like ${like} order by t.id`,
    users: sql`select to_jsonb(u) as row from users u where u.id = any(${ids.user}::int[]) or u.email like ${like} order by u.id`,
    staff_sessions: sql`select to_jsonb(s) as row from staff_sessions s
      where s.user_id = any(${ids.user}::int[]) or s.user_id in (select id from users where email like ${like})
      order by s.id`,
    sections: sql`select to_jsonb(s) as row from sections s
      where s.id = any(${ids.section}::int[]) or s.slug like ${like} or s.name like ${like} order by s.id`,
    section_slug_redirects: sql`select to_jsonb(r) as row from section_slug_redirects r
      where r.section_id = any(${ids.section}::int[]) or r.old_slug like ${like} order by r.old_slug`,
    audit_log: sql`select to_jsonb(l) as row from audit_log l
      where (l.entity_type = 'article' and l.entity_id in (select id::text from ${articleIds} x))
         or (l.entity_type = 'user' and l.entity_id = any(${ids.user}::text[]))
         or (l.entity_type = 'section' and l.entity_id = any(${ids.section}::text[]))
         or l.details::text like ${like}
      order by l.id`,
  };
  const entries = await Promise.all(
    Object.entries(queries).map(async ([table, query]) => {
      const rows = await db.execute<{ row: unknown }>(query);
      return [table, rows.map((r) => r.row)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The tables whose rows differ between two snapshots, for a failure message that says where. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys(before).filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));
}
