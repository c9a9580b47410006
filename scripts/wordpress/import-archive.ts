import type { Database } from '@/db/client';
import {
  ensureAuthor,
  ensureSection,
  importedPosts,
  redirectTo,
  sectionNamed,
  tagCount,
  tagIdBySlug,
  writePosts,
  type Executor,
  type PreparedPost,
} from '@/db/queries/wordpress-import';
import { editorialStatus, type EditorialStatus } from '@/lib/article-status';
import type { BlockNode } from '@/lib/body/document';
import type { MediaStorage } from '@/lib/media/storage';
import { slugify } from '@/lib/slug';
import { SECTION_NAME_MAX, SECTION_SLUG_MAX, SECTION_SLUG_PATTERN } from '@/lib/validation/section';
import { htmlToBody } from '@/lib/wordpress/html-to-body';
import { permalinkKey } from '@/lib/wordpress/legacy-paths';
import { gmtDate, htmlText, mapStatus, originalImageUrl, sourceHash, summaryOf } from '@/lib/wordpress/post-mapping';
import type { WxrItem } from '@/lib/wordpress/wxr-types';
import { imageImporter, type ImageImporter } from './images';
import { entries, scanExport, type ExportScan } from './scan-export';

// `npm run import:wordpress`: a WordPress export (WXR) into the configured database. Two passes over
// the file: the first reads it whole (a broken file stops here, nothing written), the second imports
// posts in batches of one transaction each. See docs/wordpress-import.md.

export interface ImportOptions {
  file: string;
  db: Database;
  uploads?: string | null;
  storage?: MediaStorage | null;
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  dryRun: boolean;
  posts: { created: number; updated: number; unchanged: number; conflict: number };
  /** Of the posts created or updated, by status as the newsroom sees it. */
  byStatus: Partial<Record<EditorialStatus, number>>;
  pagesSkipped: number;
  sectionsCreated: number;
  tagsCreated: number;
  authorsCreated: number;
  imagesCreated: number;
  skipped: { wpPostId: number; title: string; reason: string }[];
  /** Problems that did not stop a post: missing image files, conflicts with local edits. */
  notes: { wpPostId: number; title: string; note: string }[];
  /** Markup and shortcodes left out of bodies, by name. */
  dropped: Record<string, number>;
}

class DryRunRollback extends Error {}

export async function importWordpress(options: ImportOptions): Promise<ImportReport> {
  const scan = await scanExport(options.file);
  const report: ImportReport = {
    dryRun: Boolean(options.dryRun),
    posts: { created: 0, updated: 0, unchanged: 0, conflict: 0 },
    byStatus: {},
    pagesSkipped: 0,
    sectionsCreated: 0,
    tagsCreated: 0,
    authorsCreated: 0,
    imagesCreated: 0,
    skipped: [],
    notes: [],
    dropped: {},
  };
  if (!options.dryRun) {
    await importInto(options.db, scan, options, report);
    return report;
  }
  // A dry run does all of it in one transaction that is then rolled back: the report is exact.
  await options.db
    .transaction(async (tx) => {
      await importInto(tx, scan, options, report);
      throw new DryRunRollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof DryRunRollback)) throw error;
    });
  return report;
}

async function importInto(ex: Executor, scan: ExportScan, options: ImportOptions, report: ImportReport) {
  const tagsBefore = await tagCount(ex);
  const sectionOf = await importSections(ex, scan, report);
  const images = imageImporter(ex, {
    uploads: options.uploads ?? null,
    storage: options.storage ?? null,
    dryRun: Boolean(options.dryRun),
  });
  const authorOf = bylines(ex, scan, report);
  const batchSize = options.batchSize ?? 100;
  let batch: WxrItem[] = [];
  let done = 0;
  const flush = async () => {
    await importBatch(ex, batch, { scan, sectionOf, authorOf, images }, report);
    done += batch.length;
    batch = [];
    options.onProgress?.(done, scan.posts);
  };
  for await (const entry of entries(options.file)) {
    if (entry.kind !== 'item') continue;
    const { item } = entry;
    if (item.postType === 'page') {
      report.pagesSkipped += 1;
      report.skipped.push({ wpPostId: item.postId, title: item.title, reason: 'page: pages are not imported' });
    }
    if (item.postType !== 'post') continue;
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  await importTagAddresses(ex, scan);
  report.tagsCreated = (await tagCount(ex)) - tagsBefore;
  report.imagesCreated = images.created;
}

/**
 * Categories become sections, matched by slug (or, for an Arabic slug, which a section's address cannot
 * be, by name), created when missing, flat: WordPress's parent categories have no counterpart here.
 */
async function importSections(ex: Executor, scan: ExportScan, report: ImportReport) {
  const sectionOf = new Map<string, number>();
  for (const category of scan.categories.values()) {
    const name = htmlText(category.name).slice(0, SECTION_NAME_MAX) || category.slug;
    const latin = SECTION_SLUG_PATTERN.test(category.slug) && category.slug.length <= SECTION_SLUG_MAX;
    const byName = latin ? null : await sectionNamed(ex, name);
    const fallbackSlug = `category-${category.termId ?? sectionOf.size + 1}`;
    const section = byName
      ? { id: byName, created: false }
      : await ensureSection(ex, { slug: latin ? category.slug : fallbackSlug, name });
    if (section.created) report.sectionsCreated += 1;
    sectionOf.set(category.slug, section.id);
  }
  for (const category of scan.categories.values()) {
    const sectionId = sectionOf.get(category.slug)!;
    for (const path of categoryPaths(scan, category.slug)) await redirectTo(ex, path, { sectionId });
    if (category.termId) await redirectTo(ex, `?cat=${category.termId}`, { sectionId });
  }
  return sectionOf;
}

/** `/category/<slug>` and, for a child, `/category/<parent>/<slug>` (WordPress answers both). */
function categoryPaths(scan: ExportScan, slug: string): string[] {
  const chain = [slug];
  for (let parent = scan.categories.get(slug)?.parentSlug; parent && chain.length < 10;) {
    chain.unshift(parent);
    parent = scan.categories.get(parent)?.parentSlug;
  }
  const paths = [`/category/${slug}`];
  if (chain.length > 1) paths.push(`/category/${chain.join('/')}`);
  return paths.map((p) => p.toLowerCase());
}

/** Old tag archives whose slug differs from the tag's slug here (an Arabic tag's, usually). */
async function importTagAddresses(ex: Executor, scan: ExportScan) {
  for (const tag of scan.tags.values()) {
    const tagId = await tagIdBySlug(ex, slugify(htmlText(tag.name)));
    if (tagId) await redirectTo(ex, `/tag/${tag.slug}`.toLowerCase(), { tagId });
  }
}

function bylines(ex: Executor, scan: ExportScan, report: ImportReport) {
  const known = new Map<string, number>();
  return async (login: string): Promise<number | null> => {
    if (!login) return null;
    const hit = known.get(login);
    if (hit) return hit;
    const name = scan.authors.get(login) || login;
    const author = await ensureAuthor(ex, { slug: slugify(login) || `author-${known.size + 1}`, name });
    if (author.created) report.authorsCreated += 1;
    known.set(login, author.id);
    return author.id;
  };
}

interface BatchContext {
  scan: ExportScan;
  sectionOf: Map<string, number>;
  authorOf: (login: string) => Promise<number | null>;
  images: ImageImporter;
}

async function importBatch(ex: Executor, items: WxrItem[], context: BatchContext, report: ImportReport) {
  const known = await importedPosts(
    ex,
    items.map((i) => i.postId),
  );
  const prepared: { post: PreparedPost; item: WxrItem }[] = [];
  for (const item of items) {
    const featured = item.meta['_thumbnail_id'] ?? '';
    const hash = sourceHash(item, featured);
    const before = known.get(item.postId);
    if (before?.sourceHash === hash) {
      report.posts.unchanged += 1;
      continue;
    }
    if (before?.editedSince) {
      report.posts.conflict += 1;
      report.notes.push({
        wpPostId: item.postId,
        title: item.title,
        note: 'changed in WordPress and edited here since the last import: kept as edited here',
      });
      continue;
    }
    const mapped = mapStatus(item.status);
    if (before && 'skip' in mapped) {
      // Made private or trashed in WordPress after an earlier import: what readers see here is the
      // newsroom's call, not the importer's.
      report.notes.push({
        wpPostId: item.postId,
        title: item.title,
        note: `now ${mapped.skip} in WordPress; the article imported before is left as it is here`,
      });
    }
    const post = await preparePost(ex, item, hash, context, report);
    if (post) prepared.push({ post, item });
  }
  if (prepared.length === 0) return;
  const outcomes = await ex.transaction((tx) =>
    writePosts(
      tx,
      prepared.map((p) => p.post),
    ),
  );
  const now = new Date();
  outcomes.forEach((outcome, i) => {
    const { post, item } = prepared[i]!;
    report.posts[outcome] += 1;
    if (outcome === 'conflict')
      report.notes.push({
        wpPostId: item.postId,
        title: item.title,
        note: 'edited here during the import: kept as edited here',
      });
    if (outcome === 'created' || outcome === 'updated') {
      const status = editorialStatus(post.fields.status, post.fields.publishedAt, now);
      report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
    }
  });
}

async function preparePost(
  ex: Executor,
  item: WxrItem,
  hash: string,
  context: BatchContext,
  report: ImportReport,
): Promise<PreparedPost | null> {
  const skip = (reason: string) => {
    report.skipped.push({ wpPostId: item.postId, title: item.title, reason });
    return null;
  };
  const note = (text: string) => report.notes.push({ wpPostId: item.postId, title: item.title, note: text });
  const mapped = mapStatus(item.status);
  if ('skip' in mapped) return skip(mapped.skip);
  const title = htmlText(item.title);
  if (!title) return skip('no title');
  const publishedAt = mapped.timed ? (gmtDate(item.dateGmt) ?? gmtDate(item.date)) : null;
  if (mapped.timed && !publishedAt) return skip(`no publication date ("${item.dateGmt}")`);

  const { scan } = context;
  const converted = htmlToBody(item.content, (id) => scan.attachments.get(id)?.url ?? null);
  for (const [name, count] of converted.dropped) report.dropped[name] = (report.dropped[name] ?? 0) + count;
  const content: BlockNode[] = [];
  for (const block of converted.doc.content) {
    if (block.type !== 'image') {
      content.push(block);
      continue;
    }
    const attachment =
      scan.attachmentsByUrl.get(block.attrs.src) ?? scan.attachmentsByUrl.get(originalImageUrl(block.attrs.src));
    const alt = block.attrs.alt || attachment?.alt || '';
    const answer = await context.images.resolve(block.attrs.src, alt);
    if (!answer.ok) {
      note(`body image dropped: ${answer.reason}`);
      continue;
    }
    const caption = block.attrs.caption || attachment?.caption;
    const { url, width, height } = answer.image;
    content.push({
      type: 'image',
      attrs: { src: url, alt, ...(caption ? { caption } : {}), ...(width ? { width, height } : {}) },
    });
  }
  const body = { type: 'doc' as const, content };

  let lead = {
    url: null as string | null,
    width: null as number | null,
    height: null as number | null,
    alt: null as string | null,
    caption: null as string | null,
  };
  const thumbnail = scan.attachments.get(Number(item.meta['_thumbnail_id']));
  if (thumbnail) {
    const answer = await context.images.resolve(thumbnail.url, thumbnail.alt);
    if (answer.ok) {
      lead = {
        url: answer.image.url,
        width: answer.image.width || null,
        height: answer.image.height || null,
        alt: thumbnail.alt || null,
        caption: thumbnail.caption || null,
      };
    } else note(`featured image left out: ${answer.reason}`);
  }

  const categories = item.terms.filter((t) => t.domain === 'category');
  let sectionId = categories.length ? context.sectionOf.get(categories[0]!.slug) : undefined;
  if (sectionId === undefined) {
    const fallback = await ensureSection(ex, { slug: 'archive', name: 'أرشيف' });
    if (fallback.created) report.sectionsCreated += 1;
    sectionId = fallback.id;
    context.sectionOf.set('', sectionId);
  }
  const tags = [
    ...new Set(
      item.terms
        .filter((t) => t.domain === 'post_tag')
        .map((t) => htmlText(t.name))
        .filter(Boolean),
    ),
  ];
  const legacyKeys = [`?p=${item.postId}`];
  const permalink = permalinkKey(item.link);
  if (permalink && permalink !== legacyKeys[0]) legacyKeys.push(permalink);

  return {
    wpPostId: item.postId,
    sourceHash: hash,
    tags,
    legacyKeys,
    fields: {
      title,
      slug: slugify(item.postName.replace(/-/g, ' ')) || slugify(title),
      summary: summaryOf(item.excerpt, body),
      body,
      status: mapped.status,
      publishedAt,
      sectionId,
      authorId: await context.authorOf(item.creator),
      isFeatured: item.isSticky,
      leadImageUrl: lead.url,
      leadImageWidth: lead.width,
      leadImageHeight: lead.height,
      leadImageAlt: lead.alt,
      leadImageCaption: lead.caption,
    },
  };
}
