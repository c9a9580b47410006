import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { ArchiveKind } from '@/lib/routes/public-route-paths';
import { readDb } from '..';
import { articles, articleTags, authors, sections, sectionSlugRedirects, tags } from '../schema';
import { inCairoMonth } from './sitemaps';
import { isPublic, type VisibilityOptions } from './visibility';

// For the proxy: does a request to a cached public route name a real page? A stranger can ask these
// as often as they like, so each is one round trip of unique-index probes plus a count that stops at
// the number the page needs (a scan of the archive's partial index, never more than the archive holds).

export interface ArchiveStories {
  /** The archive's current slug (a section's former slug finds the section under its new one). */
  slug: string;
  /** Its public stories, counted up to `atMost` only. */
  stories: number;
}

// `select count(*) from (... limit n)`: stops reading at n rows, where a plain count reads them all.
function countUpTo(rows: SQL, atMost: number): SQL<number> {
  return sql<number>`(select count(*)::int from (${rows} limit ${atMost}) as up_to)`;
}

const publicStories = (match: SQL, opts: VisibilityOptions) =>
  sql`select 1 from ${articles} where ${and(match, isPublic(opts.asOf))}`;

/** A section by its current or a former slug, with its public stories counted up to `atMost`. */
async function sectionStories(slug: string, atMost: number, opts: VisibilityOptions): Promise<ArchiveStories | null> {
  const stories = countUpTo(publicStories(sql`${articles.sectionId} = target.id`, opts), atMost);
  const rows = await readDb().execute<{ slug: string; stories: number }>(sql`
    with target as (
      select ${sections.id} as id, ${sections.slug} as slug, 0 as rank from ${sections} where ${sections.slug} = ${slug}
      union all
      select s.id, s.slug, 1 from ${sectionSlugRedirects} r join ${sections} s on s.id = r.section_id
      where r.old_slug = ${slug}
    )
    select target.slug, ${stories} as stories from target order by rank limit 1`);
  const row = [...rows][0];
  return row ? { slug: row.slug, stories: Number(row.stories) } : null;
}

async function tagStories(slug: string, atMost: number, opts: VisibilityOptions): Promise<ArchiveStories | null> {
  const tagged = sql`select 1 from ${articleTags} join ${articles} on ${articles.id} = ${articleTags.articleId}
    where ${and(eq(articleTags.tagId, tags.id), isPublic(opts.asOf))}`;
  const [row] = await readDb()
    .select({ slug: tags.slug, stories: countUpTo(tagged, atMost) })
    .from(tags)
    .where(eq(tags.slug, slug))
    .limit(1);
  return row ?? null;
}

async function authorStories(slug: string, atMost: number, opts: VisibilityOptions): Promise<ArchiveStories | null> {
  const written = publicStories(eq(articles.authorId, authors.id), opts);
  const [row] = await readDb()
    .select({ slug: authors.slug, stories: countUpTo(written, atMost) })
    .from(authors)
    .where(eq(authors.slug, slug))
    .limit(1);
  return row ?? null;
}

/** A section, tag or author by slug, with its public stories counted up to `atMost`; null if there is none. */
export async function archiveStories(
  kind: ArchiveKind,
  slug: string,
  atMost: number,
  opts: VisibilityOptions = {},
): Promise<ArchiveStories | null> {
  const limit = Math.max(0, Math.floor(atMost));
  if (kind === 'section') return sectionStories(slug, limit, opts);
  return kind === 'tag' ? tagStories(slug, limit, opts) : authorStories(slug, limit, opts);
}

/** Whether a Cairo month (`YYYY-MM`, already validated) has a public story at 0-based position `offset`. */
export async function monthHasStoryAt(month: string, offset: number, opts: VisibilityOptions = {}): Promise<boolean> {
  const stories = countUpTo(publicStories(inCairoMonth(month), opts), offset + 1);
  const rows = await readDb().execute<{ stories: number }>(sql`select ${stories} as stories`);
  return Number([...rows][0]?.stories ?? 0) > offset;
}
