import { and, eq, sql } from 'drizzle-orm';
import type { BodyDocument } from '@/lib/body/document';
import { toPlainText } from '@/lib/body/plain-text';
import { slugify } from '@/lib/slug';
import { db } from '..';
import type { Database } from '../client';
import { articleRevisions, articles, type Article } from '../schema';
import { setArticleTags, tagNamesOf } from './article-tags';
import { recordAudit } from './audit';
import { linkMediaUsages } from './media-usages';

// Every write to an article: optimistic locking on `version`, a revision per save, tags, the uploads
// it shows (media_usages), and an audit row for the changes readers can see. Callers (server actions) decide who may do what.

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface EditableFields {
  title: string;
  summary: string;
  body: BodyDocument;
  sectionId: number;
  authorId: number | null;
  tags: string[];
  leadImageUrl: string | null;
  leadImageWidth: number | null;
  leadImageHeight: number | null;
  leadImageAlt: string | null;
  leadImageCaption: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  isBreaking: boolean;
  isFeatured: boolean;
}

export interface StatusChange {
  status?: Article['status'];
  publishedAt?: Date | null;
}

export type WriteResult = { ok: true; id: number; version: number } | { ok: false; reason: 'conflict' | 'missing' };

const EDITABLE_KEYS = [
  'title',
  'summary',
  'body',
  'sectionId',
  'authorId',
  'leadImageUrl',
  'leadImageWidth',
  'leadImageHeight',
  'leadImageAlt',
  'leadImageCaption',
  'seoTitle',
  'seoDescription',
  'isBreaking',
  'isFeatured',
] as const;

async function writeRevision(tx: Tx, article: Article, actorId: number) {
  const snapshot: Record<string, unknown> = {
    tags: await tagNamesOf(tx, article.id),
    status: article.status,
    publishedAt: article.publishedAt,
  };
  for (const key of EDITABLE_KEYS) snapshot[key] = article[key];
  await tx
    .insert(articleRevisions)
    .values({ articleId: article.id, version: article.version, snapshot, createdBy: actorId });
}

export async function createArticle(
  fields: EditableFields,
  change: StatusChange,
  actorId: number,
  audit?: { action: string },
): Promise<WriteResult> {
  return db().transaction(async (tx) => {
    const { tags, ...columns } = fields;
    const [row] = await tx
      .insert(articles)
      .values({
        ...columns,
        bodyText: toPlainText(fields.body),
        slug: slugify(fields.title),
        status: change.status ?? 'draft',
        publishedAt: change.publishedAt ?? null,
        createdBy: actorId,
        updatedBy: actorId,
      })
      .returning();
    await setArticleTags(tx, row!.id, tags);
    await linkMediaUsages(tx, row!.id, row!);
    await writeRevision(tx, row!, actorId);
    if (audit) {
      await recordAudit(tx, {
        actorId,
        action: audit.action,
        entityType: 'article',
        entityId: String(row!.id),
        details: { version: 1, publishedAt: row!.publishedAt },
      });
    }
    return { ok: true, id: row!.id, version: row!.version };
  });
}

/** Saves only if nobody saved since `expectedVersion`; otherwise changes nothing. */
export async function updateArticle(
  id: number,
  expectedVersion: number,
  fields: Partial<EditableFields>,
  change: StatusChange,
  actorId: number,
  audit?: { action: string; details?: Record<string, unknown> },
): Promise<WriteResult> {
  return db().transaction(async (tx) => {
    const { tags, ...columns } = fields;
    const [row] = await tx
      .update(articles)
      .set({
        ...columns,
        ...(fields.body ? { bodyText: toPlainText(fields.body) } : {}),
        ...change,
        version: sql`${articles.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actorId,
      })
      .where(and(eq(articles.id, id), eq(articles.version, expectedVersion)))
      .returning();
    if (!row) {
      const [exists] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, id));
      return { ok: false, reason: exists ? 'conflict' : 'missing' };
    }
    if (tags) await setArticleTags(tx, id, tags);
    // Only a save that touches the images can change which uploads the article shows.
    if (fields.body || 'leadImageUrl' in fields || 'leadImageAlt' in fields) await linkMediaUsages(tx, id, row);
    await writeRevision(tx, row, actorId);
    if (audit) {
      await recordAudit(tx, {
        actorId,
        action: audit.action,
        entityType: 'article',
        entityId: String(id),
        details: { version: row.version, publishedAt: row.publishedAt, ...audit.details },
      });
    }
    return { ok: true, id, version: row.version };
  });
}

export async function getArticleForEdit(id: number) {
  const [row] = await db().select().from(articles).where(eq(articles.id, id)).limit(1);
  if (!row) return null;
  return { ...row, tags: await tagNamesOf(db(), id) };
}

export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

export async function listRevisions(articleId: number) {
  return db()
    .select()
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(sql`${articleRevisions.version} desc`);
}

/** The editable fields as they were at a revision, to be saved again as a new revision. */
export async function revisionFields(articleId: number, revisionId: number): Promise<Partial<EditableFields> | null> {
  const [rev] = await db()
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  if (!rev) return null;
  const fields: Record<string, unknown> = { tags: rev.snapshot.tags ?? [] };
  for (const key of EDITABLE_KEYS) if (key in rev.snapshot) fields[key] = rev.snapshot[key];
  return fields as Partial<EditableFields>;
}
