import { paragraph, type BodyDocument } from '@/lib/body/document';
import { slugify } from '@/lib/slug';
import { DEMO_IMAGE_SIZE, DEMO_IMAGES } from '../demo-catalog';
import { tagPicks } from './catalog';
import { headline, paragraphs, summaryOf, topicOf, type Random } from './text';
import type { CopyValue } from './copy-rows';

// One synthetic story per number: the archive is spread evenly over ten years, ids growing with time
// as a newsroom's do, and the newest numbers are the stories not yet public (drafts and scheduled).

export const ARTICLE_COLUMNS = [
  'id',
  'slug',
  'title',
  'summary',
  'body',
  'body_text',
  'tags_text',
  'status',
  'published_at',
  'section_id',
  'author_id',
  'lead_image_url',
  'lead_image_width',
  'lead_image_height',
  'lead_image_alt',
  'is_featured',
  'is_breaking',
  'created_at',
  'updated_at',
] as const;

const YEARS = 10;
const DAY = 86_400_000;
const DRAFT_SHARE = 0.03;
const SCHEDULED_SHARE = 0.02;

export interface ArchiveShape {
  count: number;
  bodyWords: { min: number; max: number };
  firstId: number;
  now: Date;
  sections: { id: number; slug: string }[];
  authorIds: number[];
  tags: { id: number; name: string }[];
}

export interface ArticleRow {
  values: CopyValue[];
  tagIds: number[];
  /** Written with a publish time (scheduled ones included: the trigger collects their words too). */
  published: boolean;
  /** What search_words are collected from: title, summary, body text, tag names. */
  searchedText: string[];
}

/** The story at position `i` of `shape.count` (0 oldest). */
export function articleRow(random: Random, shape: ArchiveShape, i: number): ArticleRow {
  const publicCount = Math.floor(shape.count * (1 - DRAFT_SHARE - SCHEDULED_SHARE));
  const span = YEARS * 365 * DAY;
  let status = 'published';
  let publishedAt: Date | null;
  if (i < publicCount) {
    publishedAt = new Date(shape.now.getTime() - span + ((i + random()) / publicCount) * (span - 60_000));
  } else if (i < publicCount + Math.floor(shape.count * SCHEDULED_SHARE)) {
    publishedAt = new Date(shape.now.getTime() + (1 + random() * 14 * 24) * 3_600_000);
  } else {
    status = 'draft';
    publishedAt = null;
  }
  const section = shape.sections[Math.floor(random() * shape.sections.length)]!;
  const topic = topicOf(random);
  const title = headline(random, topic);
  const texts = paragraphs(
    random,
    topic,
    shape.bodyWords.min + Math.floor(random() * (shape.bodyWords.max - shape.bodyWords.min)),
  );
  const body: BodyDocument = { type: 'doc', content: texts.map(paragraph) };
  const tagged = tagPicks(random, shape.tags.length).map((t) => shape.tags[t]!);
  const tagIds = tagged.map((t) => t.id);
  const tagsText = tagged.map((t) => t.name).join(' ');
  const image = random() < 0.7 ? DEMO_IMAGES[section.slug as keyof typeof DEMO_IMAGES] : undefined;
  const stamp = publishedAt && publishedAt < shape.now ? publishedAt : shape.now;
  const summary = summaryOf(random, topic);
  const bodyText = texts.join('\n');
  const values: CopyValue[] = [
    shape.firstId + i,
    slugify(title),
    title,
    summary,
    JSON.stringify(body),
    bodyText,
    tagsText,
    status,
    publishedAt,
    section.id,
    shape.authorIds[Math.floor(shape.authorIds.length * random() ** 1.5)]!,
    image?.file ?? null,
    image ? DEMO_IMAGE_SIZE.width : null,
    image ? DEMO_IMAGE_SIZE.height : null,
    image?.alt ?? null,
    random() < 0.01,
    random() < 0.003,
    stamp,
    stamp,
  ];
  return { values, tagIds, published: status === 'published', searchedText: [title, summary, bodyText, tagsText] };
}
