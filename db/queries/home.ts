import { and, desc, eq, notInArray, sql } from 'drizzle-orm';
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

  // Newest stories of every section at once: for each section, the first few rows of its partial
  // index (a window over every public story read them all: 350 ms at 100,000 stories).
  const { sectionSlug, sectionName, authorSlug, authorName, ...articleColumns } = cardColumns;
  const newest = readDb()
    .select({
      ...articleColumns,
      // Joined columns share names ("slug", "name"): a subquery needs them aliased apart.
      authorSlug: sql<string | null>`${authorSlug}`.as('author_slug'),
      authorName: sql<string | null>`${authorName}`.as('author_name'),
    })
    .from(articles)
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .where(and(eq(articles.sectionId, sections.id), isPublic(opts.asOf)))
    .orderBy(...newestFirst)
    .limit(perSection)
    .as('newest');
  const { id, slug, title, summary, publishedAt, isBreaking } = newest;
  const { leadImageUrl, leadImageWidth, leadImageHeight, leadImageAlt } = newest;
  const rows = await readDb()
    .select({
      id,
      slug,
      title,
      summary,
      publishedAt,
      isBreaking,
      leadImageUrl,
      leadImageWidth,
      leadImageHeight,
      leadImageAlt,
      sectionSlug,
      sectionName,
      authorSlug: newest.authorSlug,
      authorName: newest.authorName,
    })
    .from(sections)
    .innerJoinLateral(newest, sql`true`)
    .orderBy(sections.position, sections.id, desc(newest.publishedAt), desc(newest.id));

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
