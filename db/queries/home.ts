import { and, desc, eq, lte, notInArray, sql } from 'drizzle-orm';
import { readDb } from '..';
import { articles, authors, sections } from '../schema';
import { cardColumns, newestFirst, selectCards, toCard, type ArticleCard } from './article-cards';
import { isPublic, type VisibilityOptions } from './visibility';

export interface HomePage {
  lead: ArticleCard | null;
  top: ArticleCard[];
  latest: ArticleCard[];
  sections: { slug: string; name: string; articles: ArticleCard[] }[];
}

/** Everything the front page shows, in four queries whatever the number of sections. */
export async function getHomePage(opts: VisibilityOptions & { perSection?: number } = {}): Promise<HomePage> {
  const perSection = opts.perSection ?? 4;
  const featured = (
    await selectCards()
      .where(and(isPublic(opts.asOf), eq(articles.isFeatured, true)))
      .orderBy(...newestFirst)
      .limit(5)
  ).map(toCard);
  const shownIds = featured.map((a) => a.id);
  const latest = (
    await selectCards()
      .where(shownIds.length ? and(isPublic(opts.asOf), notInArray(articles.id, shownIds)) : isPublic(opts.asOf))
      .orderBy(...newestFirst)
      .limit(10)
  ).map(toCard);

  // Newest stories of every section at once: rank within each section, keep the first few.
  const ranked = readDb()
    .select({
      ...cardColumns,
      // Joined columns share names ("slug", "name"): a subquery needs them aliased apart.
      sectionSlug: sql<string>`${sections.slug}`.as('section_slug'),
      sectionName: sql<string>`${sections.name}`.as('section_name'),
      authorSlug: sql<string | null>`${authors.slug}`.as('author_slug'),
      authorName: sql<string | null>`${authors.name}`.as('author_name'),
      sectionPosition: sql<number>`${sections.position}`.as('section_position'),
      rank: sql<number>`row_number() over (partition by ${articles.sectionId} order by ${desc(articles.publishedAt)}, ${desc(articles.id)})`.as(
        'rank',
      ),
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .where(isPublic(opts.asOf))
    .as('ranked');
  const rows = await readDb()
    .select()
    .from(ranked)
    .where(lte(ranked.rank, perSection))
    .orderBy(ranked.sectionPosition, ranked.rank);

  const bySection = new Map<string, HomePage['sections'][number]>();
  for (const row of rows) {
    const card = toCard(row);
    const block = bySection.get(card.section.slug) ?? {
      slug: card.section.slug,
      name: card.section.name,
      articles: [],
    };
    block.articles.push(card);
    bySection.set(card.section.slug, block);
  }
  // With nothing featured, the newest story leads and is not repeated below it.
  const lead = featured[0] ?? latest.shift() ?? null;
  return { lead, top: featured.slice(1), latest, sections: [...bySection.values()] };
}
