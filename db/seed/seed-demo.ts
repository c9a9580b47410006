import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, inArray } from 'drizzle-orm';
import { createDb } from '../client';
import { articles, articleTags, authors, sections, tags } from '../schema';
import { toPlainText } from '@/lib/body/plain-text';
import { buildDemoArticles } from './build-articles';
import { DEMO_AUTHORS, DEMO_SECTIONS } from './demo-catalog';

const TAGS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tags.json');

export async function isEmpty(url: string): Promise<boolean> {
  const db = createDb(url, { max: 1 });
  try {
    const [row] = await db.select({ n: count() }).from(sections);
    return (row?.n ?? 0) === 0;
  } finally {
    await db.close();
  }
}

/** Fills an empty database with the demo newspaper, dated relative to `now`, in one transaction. */
export async function seedDemo(url: string, now = new Date()): Promise<{ articles: number }> {
  const db = createDb(url, { max: 1 });
  try {
    return await db.transaction(async (tx) => {
      const sectionRows = await tx
        .insert(sections)
        .values(DEMO_SECTIONS.map((s, position) => ({ ...s, position })))
        .returning({ id: sections.id, slug: sections.slug });
      const authorRows = await tx
        .insert(authors)
        .values([...DEMO_AUTHORS])
        .returning({ id: authors.id, slug: authors.slug });
      const tagNames = JSON.parse(fs.readFileSync(TAGS_FILE, 'utf8')) as Record<string, string>;
      const tagRows = await tx
        .insert(tags)
        .values(Object.entries(tagNames).map(([slug, name]) => ({ slug, name })))
        .returning({ id: tags.id, slug: tags.slug });

      const idOf = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
      const sectionId = idOf(sectionRows);
      const authorId = idOf(authorRows);
      const tagId = idOf(tagRows);

      // Oldest first, so ids grow with publish time as they would in a real newsroom.
      const demo = buildDemoArticles(now).sort(
        (a, b) => (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity),
      );
      const inserted = await tx
        .insert(articles)
        .values(
          demo.map((a) => ({
            slug: a.slug,
            title: a.title,
            summary: a.summary,
            body: a.body,
            bodyText: toPlainText(a.body),
            tagsText: a.tagSlugs.map((slug) => tagNames[slug] ?? '').join(' '),
            status: a.status,
            publishedAt: a.publishedAt,
            sectionId: sectionId.get(a.sectionSlug)!,
            authorId: authorId.get(a.authorSlug)!,
            leadImageUrl: a.leadImage.url,
            leadImageWidth: a.leadImage.width,
            leadImageHeight: a.leadImage.height,
            leadImageAlt: a.leadImage.alt,
            leadImageCaption: a.leadImage.caption,
            isFeatured: a.isFeatured,
            isBreaking: a.isBreaking,
            createdAt: a.publishedAt && a.publishedAt < now ? a.publishedAt : now,
            updatedAt: a.publishedAt && a.publishedAt < now ? a.publishedAt : now,
          })),
        )
        .returning({ id: articles.id });

      const links = demo.flatMap((a, i) =>
        a.tagSlugs.map((slug) => {
          const id = tagId.get(slug);
          if (!id) throw new Error(`Demo article "${a.title}" names unknown tag "${slug}"`);
          return { articleId: inserted[i]!.id, tagId: id };
        }),
      );
      if (links.length) await tx.insert(articleTags).values(links);
      // Tags no demo story uses would be empty archive pages: drop them.
      const used = new Set(links.map((l) => l.tagId));
      const unused = tagRows.filter((t) => !used.has(t.id)).map((t) => t.id);
      if (unused.length) await tx.delete(tags).where(inArray(tags.id, unused));
      return { articles: inserted.length };
    });
  } finally {
    await db.close();
  }
}
