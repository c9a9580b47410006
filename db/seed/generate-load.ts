import postgres from 'postgres';
import { mulberry32 } from './build-articles';
import { ARTICLE_COLUMNS, articleRow, type ArchiveShape } from './load/article-rows';
import { LOAD_SECTIONS, loadAuthors, loadTags } from './load/catalog';
import { copyRows } from './load/copy-rows';
import { fillSearchWords, TokenCollector } from './load/search-words';

// `npm run db:generate-load`: a newsroom-sized archive of synthetic stories for measuring queries at
// scale (docs/performance.md). Stories are streamed in with COPY over parallel connections; the
// search documents are generated columns, computed by PostgreSQL as rows arrive, which is most of
// the time taken. Per-row triggers (search_words) are skipped while loading and their work is done
// once at the end, in one statement.

export interface LoadOptions {
  articles: number;
  tags?: number;
  authors?: number;
  /** Parallel COPY streams; PostgreSQL computes the search documents on one core per stream. */
  connections?: number;
  /** Words per story body (300 to 700 by default, as a daily's); tests use short ones. */
  bodyWords?: { min: number; max: number };
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

export interface LoadResult {
  articles: number;
  seconds: number;
  perSecond: number;
}

export async function generateLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const streams = Math.max(1, options.connections ?? 2);
  const sql = postgres(url, { max: streams + 1, onnotice: () => {} });
  const started = performance.now();
  try {
    const shape = await prepareArchive(sql, options);
    log(`loading ${options.articles} stories in ${streams} streams`);
    const per = Math.ceil(options.articles / streams);
    const words = new TokenCollector();
    await Promise.all(
      Array.from({ length: streams }, (_, s) =>
        loadRange(sql, shape, s * per, Math.min(options.articles, (s + 1) * per), (options.seed ?? 1) + s, words),
      ),
    );
    await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`;
    const loaded = performance.now();
    log(`stories in ${((loaded - started) / 1000).toFixed(1)} s; collecting search words`);
    await fillSearchWords(sql, words.tokens);
    log('analysing');
    await sql`vacuum analyze articles, article_tags, tags, authors, sections, search_words`;
    const seconds = (performance.now() - started) / 1000;
    return { articles: options.articles, seconds, perSecond: options.articles / seconds };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Sections, authors and tags (created if missing, kept if there), and the first free story number. */
async function prepareArchive(sql: postgres.Sql, options: LoadOptions): Promise<ArchiveShape> {
  const sections = await upsertBySlug(
    sql,
    'sections',
    [...LOAD_SECTIONS].map((s, position) => ({ ...s, position })),
  );
  const authors = await upsertBySlug(sql, 'authors', loadAuthors(options.authors ?? 200));
  const tagRows = loadTags(options.tags ?? 2_000);
  const tagIds = await upsertBySlug(sql, 'tags', tagRows);
  const [{ next }] = await sql<[{ next: number }]>`select coalesce(max(id), 1000000) + 1 as next from articles`;
  return {
    count: options.articles,
    bodyWords: options.bodyWords ?? { min: 300, max: 700 },
    firstId: next,
    now: options.now ?? new Date(),
    sections: sections.map((s) => ({ id: s.id, slug: s.slug })),
    authorIds: authors.map((a) => a.id),
    tags: tagRows.map((t, i) => ({ id: tagIds[i]!.id, name: t.name })),
  };
}

async function upsertBySlug(sql: postgres.Sql, table: string, rows: Record<string, string | number>[]) {
  await sql`insert into ${sql(table)} ${sql(rows)} on conflict (slug) do nothing`;
  const found = await sql<{ id: number; slug: string }[]>`
    select id, slug from ${sql(table)} where slug in ${sql(rows.map((r) => String(r.slug)))}`;
  const bySlug = new Map(found.map((r) => [r.slug, r]));
  return rows.map((r) => bySlug.get(String(r.slug))!);
}

/** Stories [from, to) and their tag links, on one connection, in one transaction. */
async function loadRange(
  sql: postgres.Sql,
  shape: ArchiveShape,
  from: number,
  to: number,
  seed: number,
  words: TokenCollector,
) {
  const random = mulberry32(seed);
  const links: [number, number][] = [];
  function* rows() {
    for (let i = from; i < to; i++) {
      const row = articleRow(random, shape, i);
      for (const tagId of row.tagIds) links.push([shape.firstId + i, tagId]);
      if (row.published) words.add(...row.searchedText);
      yield row.values;
    }
  }
  await sql.begin(async (tx) => {
    // Triggers and foreign-key checks are off for this transaction only: the rows are consistent by
    // construction, and the search words trigger's work is done once at the end. Only a superuser may;
    // any other role loads with them on, slower, to the same result.
    const [{ superuser }] = await tx<[{ superuser: boolean }]>`
      select rolsuper as superuser from pg_roles where rolname = current_user`;
    if (superuser) await tx`set local session_replication_role = replica`;
    await copyRows(tx, 'articles', ARTICLE_COLUMNS, rows());
    await copyRows(tx, 'article_tags', ['article_id', 'tag_id'], links);
  });
}
