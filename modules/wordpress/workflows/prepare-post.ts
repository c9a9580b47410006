import type { BlockNode } from '@/lib/body/document';
import { slugify } from '@/lib/slug';
import { permalinkKey } from '@/lib/routes/legacy-paths';
import { ensureSection, type Executor, type PreparedPost } from '../queries/import';
import { htmlToBody } from '../html-to-body';
import { gmtDate, htmlText, mapStatus, originalImageUrl, summaryOf } from '../post-mapping';
import type { WxrItem } from '../wxr-types';
import type { ImageImporter } from './images';
import type { ImportReport } from '../report';
import type { ExportScan } from '../adapters/scan-export';

// One WordPress post as the article it becomes: status and time, body and its images, lead image,
// section, byline, tags and old addresses. Skips and notes go to the report; nothing is written here
// but the images (and a fallback section), which later posts and runs reuse.

export interface BatchContext {
  scan: ExportScan;
  sectionOf: Map<string, number>;
  authorOf: (login: string) => Promise<number | null>;
  images: ImageImporter;
}

export async function preparePost(
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
