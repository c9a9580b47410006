import { eq, inArray, sql } from 'drizzle-orm';
import type { StoredStatus } from '@/lib/article-status';
import type { BodyDocument } from '@/lib/body/document';
import { toPlainText } from '@/lib/body/plain-text';
import type { Database } from '@/db/client';
import { articles, authors, legacyRedirects, sections, tags, wordpressMedia, wordpressPosts } from '@/db/schema';
import { linkTags, setArticleTags } from '@/db/queries/article-tags';
import type { Transaction } from '@/db/queries/audit';
import { linkMediaUsages } from '@/db/queries/media-usages';

// The importer's writes (modules/wordpress/workflows/import-archive.ts). Each batch of posts is one transaction:
// a post is written whole or not at all. Sections, bylines and tags are matched by slug and created
// when missing; staff accounts are never created.

export type Executor = Database | Transaction;

export interface ImportedFields {
  title: string;
  slug: string;
  summary: string;
  body: BodyDocument;
  status: StoredStatus;
  publishedAt: Date | null;
  sectionId: number;
  authorId: number | null;
  isFeatured: boolean;
  leadImageUrl: string | null;
  leadImageWidth: number | null;
  leadImageHeight: number | null;
  leadImageAlt: string | null;
  leadImageCaption: string | null;
}

export interface PreparedPost {
  wpPostId: number;
  sourceHash: string;
  fields: ImportedFields;
  tags: string[];
  /** legacy_redirects keys of the post's old addresses (permalink, `?p=`). */
  legacyKeys: string[];
}

export interface ImportedPostState {
  articleId: number;
  sourceHash: string;
  /** Whether an editor saved the article since the import wrote it. */
  editedSince: boolean;
}

/** What the import knows of these posts already; `lock` holds their articles until the batch commits. */
export async function importedPosts(
  ex: Executor,
  wpPostIds: number[],
  lock = false,
): Promise<Map<number, ImportedPostState>> {
  if (wpPostIds.length === 0) return new Map();
  const query = ex
    .select({
      wpPostId: wordpressPosts.wpPostId,
      articleId: wordpressPosts.articleId,
      sourceHash: wordpressPosts.sourceHash,
      importedVersion: wordpressPosts.articleVersion,
      version: articles.version,
    })
    .from(wordpressPosts)
    .innerJoin(articles, eq(articles.id, wordpressPosts.articleId))
    .where(inArray(wordpressPosts.wpPostId, wpPostIds))
    .orderBy(articles.id);
  const rows = lock ? await query.for('update', { of: articles }) : await query;
  return new Map(
    rows.map((r) => [
      r.wpPostId,
      { articleId: r.articleId, sourceHash: r.sourceHash, editedSince: r.version !== r.importedVersion },
    ]),
  );
}

export type PostOutcome = 'created' | 'updated' | 'unchanged' | 'conflict';

/**
 * Writes a batch of posts in the caller's transaction, each whole: an article edited here since its
 * import, or meanwhile, is left alone ('conflict'). The articles already imported are locked first, in
 * id order, so an editor's save waits for the batch rather than being overwritten by it.
 */
export async function writePosts(tx: Transaction, posts: PreparedPost[]): Promise<PostOutcome[]> {
  const known = await importedPosts(
    tx,
    posts.map((p) => p.wpPostId),
    true,
  );
  const outcomes: PostOutcome[] = [];
  for (const post of posts) {
    const before = known.get(post.wpPostId);
    if (before?.sourceHash === post.sourceHash) outcomes.push('unchanged');
    else if (before?.editedSince) outcomes.push('conflict');
    else outcomes.push(await writePost(tx, post, before?.articleId ?? null));
  }
  return outcomes;
}

async function writePost(tx: Transaction, post: PreparedPost, articleId: number | null): Promise<PostOutcome> {
  // Tag names are part of the search document: written with the row, so its vectors are computed once.
  const values = { ...post.fields, bodyText: toPlainText(post.fields.body), tagsText: post.tags.join(' ') };
  const [row] = articleId
    ? await tx
        .update(articles)
        .set({ ...values, version: sql`${articles.version} + 1`, updatedAt: sql`now()` })
        .where(eq(articles.id, articleId))
        .returning()
    : await tx.insert(articles).values(values).returning();
  const article = row!;
  if (articleId) await setArticleTags(tx, article.id, post.tags);
  else await linkTags(tx, article.id, post.tags);
  if (articleId || article.leadImageUrl || article.body.content.some((b) => b.type === 'image')) {
    await linkMediaUsages(tx, article.id, article);
  }
  await tx
    .insert(wordpressPosts)
    .values({
      wpPostId: post.wpPostId,
      articleId: article.id,
      sourceHash: post.sourceHash,
      articleVersion: article.version,
    })
    .onConflictDoUpdate({
      target: wordpressPosts.wpPostId,
      set: { sourceHash: post.sourceHash, articleVersion: article.version, importedAt: sql`now()` },
    });
  await tx
    .insert(legacyRedirects)
    .values(post.legacyKeys.map((path) => ({ path, articleId: article.id })))
    .onConflictDoUpdate({
      target: legacyRedirects.path,
      set: { articleId: article.id, sectionId: null, tagId: null },
    });
  return articleId ? 'updated' : 'created';
}

/** A section by slug, created (last in the menu) when missing; `created` says which. */
export async function ensureSection(
  ex: Executor,
  input: { slug: string; name: string },
): Promise<{ id: number; created: boolean }> {
  const [existing] = await ex.select({ id: sections.id }).from(sections).where(eq(sections.slug, input.slug));
  if (existing) return { id: existing.id, created: false };
  const [row] = await ex
    .insert(sections)
    .values({ ...input, position: sql`(select coalesce(max(${sections.position}), 0) + 1 from ${sections})` })
    .returning({ id: sections.id });
  return { id: row!.id, created: true };
}

/** A section with this exact name, for categories whose Arabic slug cannot be a section's slug. */
export async function sectionNamed(ex: Executor, name: string): Promise<number | null> {
  const [row] = await ex.select({ id: sections.id }).from(sections).where(eq(sections.name, name)).limit(1);
  return row?.id ?? null;
}

/** A byline (never a staff account) by slug, created when missing. */
export async function ensureAuthor(
  ex: Executor,
  input: { slug: string; name: string },
): Promise<{ id: number; created: boolean }> {
  const [inserted] = await ex.insert(authors).values(input).onConflictDoNothing().returning({ id: authors.id });
  if (inserted) return { id: inserted.id, created: true };
  const [row] = await ex.select({ id: authors.id }).from(authors).where(eq(authors.slug, input.slug));
  return { id: row!.id, created: false };
}

export async function tagCount(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(tags);
  return row!.n;
}

export async function tagIdBySlug(ex: Executor, slug: string): Promise<number | null> {
  const [row] = await ex.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
  return row?.id ?? null;
}

/** Points an old address at a section or tag (a later import may re-point it). */
export async function redirectTo(ex: Executor, path: string, target: { sectionId: number } | { tagId: number }) {
  const row = { articleId: null, sectionId: null, tagId: null, ...target };
  await ex
    .insert(legacyRedirects)
    .values({ path, ...row })
    .onConflictDoUpdate({ target: legacyRedirects.path, set: row });
}

export interface ImportedImage {
  url: string;
  width: number;
  height: number;
}

export async function importedImage(ex: Executor, sourcePath: string): Promise<ImportedImage | null> {
  const [row] = await ex
    .select({ url: wordpressMedia.url, width: wordpressMedia.width, height: wordpressMedia.height })
    .from(wordpressMedia)
    .where(eq(wordpressMedia.sourcePath, sourcePath));
  return row ?? null;
}

export async function rememberImage(ex: Executor, sourcePath: string, mediaId: number, image: ImportedImage) {
  await ex
    .insert(wordpressMedia)
    .values({ sourcePath, mediaId, ...image })
    .onConflictDoNothing();
}
