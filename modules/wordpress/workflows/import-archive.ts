import type { Database } from '@/db/client';
import { editorialStatus } from '@/lib/article-status';
import type { MediaStorage } from '@/modules/media';
import { importedPosts, tagCount, writePosts, type Executor, type PreparedPost } from '../queries/import';
import { mapStatus, sourceHash } from '../post-mapping';
import type { WxrItem } from '../wxr-types';
import { imageImporter } from './images';
import { preparePost, type BatchContext } from './prepare-post';
import { emptyReport, type ImportReport } from '../report';
import { entries, scanExport, type ExportScan } from '../adapters/scan-export';
import { bylines, importSections, importTagAddresses } from './taxonomies';

// `npm run import:wordpress`: a WordPress export (WXR) into the configured database. Two passes over
// the file: the first reads it whole (a broken file stops here, nothing written), the second imports
// posts in batches of one transaction each. See modules/wordpress/README.md.

export interface ImportOptions {
  file: string;
  db: Database;
  uploads?: string | null;
  storage?: MediaStorage | null;
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

class DryRunRollback extends Error {}

export async function importWordpress(options: ImportOptions): Promise<ImportReport> {
  const scan = await scanExport(options.file);
  const report = emptyReport(Boolean(options.dryRun));
  report.skipped.push(...scan.skipped);
  report.refused.push(...scan.refused);
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
    // A post with an over-long field was reported by the scan; none of it is kept.
    if (item.postType !== 'post' || item.oversize.length) continue;
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  await importTagAddresses(ex, scan);
  report.tagsCreated = (await tagCount(ex)) - tagsBefore;
  report.imagesCreated = images.created;
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
