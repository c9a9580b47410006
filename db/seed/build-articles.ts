import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraph, type BlockNode, type BodyDocument } from '@/lib/body/document';
import { slugify } from '@/lib/slug';
import { DEMO_IMAGES, DEMO_IMAGE_SIZE, DEMO_SECTIONS, DESK_AUTHORS, type DemoSectionSlug } from './demo-catalog';

const CONTENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content');

interface ContentItem {
  title: string;
  summary: string;
  body: string[];
  tags: string[];
}

export interface DemoArticle {
  sectionSlug: DemoSectionSlug;
  authorSlug: string;
  title: string;
  slug: string;
  summary: string;
  body: BodyDocument;
  status: 'draft' | 'published';
  publishedAt: Date | null;
  isFeatured: boolean;
  isBreaking: boolean;
  leadImage: { url: string; width: number; height: number; alt: string; caption: string };
  tagSlugs: string[];
}

/** `## ` lines are sub-headings and `> ` lines quotations; every other line is a paragraph. */
export function toDocument(lines: string[]): BodyDocument {
  const content: BlockNode[] = lines.map((line) => {
    if (line.startsWith('## '))
      return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: line.slice(3) }] };
    if (line.startsWith('> ')) return { type: 'blockquote', content: [paragraph(line.slice(2))] };
    return paragraph(line);
  });
  return { type: 'doc', content };
}

// A small seeded generator: the same demo newspaper on every machine, relative to `now`.
export function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Turns the content files into dated stories: in each section the last story is a draft and the
 * one before it is scheduled hours or days ahead; the rest spread over the last 30 days, newest
 * first in file order, with the freshest few featured and two breaking.
 */
export function buildDemoArticles(now: Date): DemoArticle[] {
  const random = mulberry32(20240616);
  const out: DemoArticle[] = [];
  for (const section of DEMO_SECTIONS) {
    const file = path.join(CONTENT_DIR, `${section.slug}.json`);
    const items = JSON.parse(fs.readFileSync(file, 'utf8')) as ContentItem[];
    const desk = DESK_AUTHORS[section.slug];
    const image = DEMO_IMAGES[section.slug];
    items.forEach((item, i) => {
      const isDraft = i === items.length - 1;
      const isScheduled = i === items.length - 2;
      const publishedCount = items.length - 2;
      let publishedAt: Date | null;
      if (isDraft) publishedAt = null;
      else if (isScheduled) publishedAt = new Date(now.getTime() + (2 + random() * 70) * HOUR);
      // The first story of each section is fresh: the front page and the breaking strip lead with it.
      else if (i === 0) publishedAt = new Date(now.getTime() - (10 + random() * 100) * 60_000);
      // Spread evenly over 30 days with jitter, never in the future.
      else
        publishedAt = new Date(
          now.getTime() - ((i + random() * 0.8) / publishedCount) * 30 * DAY - (5 + random() * 50) * 60_000,
        );
      out.push({
        sectionSlug: section.slug,
        authorSlug: desk[i % desk.length]!,
        title: item.title,
        slug: slugify(item.title),
        summary: item.summary,
        body: toDocument(item.body),
        status: isDraft ? 'draft' : 'published',
        publishedAt,
        isFeatured: i === 0 && section.slug !== 'opinion',
        isBreaking: i === 0 && (section.slug === 'egypt' || section.slug === 'arab-world'),
        leadImage: {
          url: image.file,
          ...DEMO_IMAGE_SIZE,
          alt: image.alt,
          caption: `${image.alt.replace('رسم توضيحي ل', 'رسم توضيحي: ')} | بوابة`,
        },
        tagSlugs: item.tags,
      });
    });
  }
  return out;
}
