import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoArticles } from '@/db/seed/build-articles';
import { DEMO_IMAGES, DEMO_SECTIONS } from '@/db/seed/demo-catalog';

describe('demo newspaper content', () => {
  const now = new Date('2026-06-16T09:00:00Z');
  const articles = buildDemoArticles(now);
  const tagSlugs = new Set(Object.keys(JSON.parse(fs.readFileSync('db/seed/tags.json', 'utf8'))));

  it('fills every section, with at least 120 stories published over the last 30 days', () => {
    const published = articles.filter((a) => a.status === 'published' && a.publishedAt! <= now);
    expect(published.length).toBeGreaterThanOrEqual(120);
    for (const a of published) expect(now.getTime() - a.publishedAt!.getTime()).toBeLessThanOrEqual(30 * 86_400_000);
    for (const s of DEMO_SECTIONS)
      expect(published.filter((a) => a.sectionSlug === s.slug).length).toBeGreaterThanOrEqual(15);
  });

  it('includes scheduled stories and drafts so the visibility rule is visible', () => {
    expect(articles.filter((a) => a.status === 'published' && a.publishedAt! > now).length).toBeGreaterThanOrEqual(4);
    expect(articles.filter((a) => a.status === 'draft').length).toBeGreaterThanOrEqual(4);
  });

  it('gives every story a headline, summary, 4-10 paragraphs, known tags and an image with alt text', () => {
    for (const a of articles) {
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.summary.length).toBeGreaterThan(30);
      const paragraphs = a.body.content.filter((n) => n.type === 'paragraph').length;
      expect(paragraphs, a.title).toBeGreaterThanOrEqual(4);
      expect(paragraphs, a.title).toBeLessThanOrEqual(10);
      expect(a.tagSlugs.length).toBeGreaterThan(0);
      for (const t of a.tagSlugs) expect(tagSlugs.has(t), `${a.title}: ${t}`).toBe(true);
      expect(a.leadImage.alt.length).toBeGreaterThan(10);
      expect(fs.existsSync(`public${a.leadImage.url}`)).toBe(true);
    }
    expect(Object.keys(DEMO_IMAGES)).toHaveLength(DEMO_SECTIONS.length);
  });

  it('is the same newspaper on every machine', () => {
    const again = buildDemoArticles(now);
    expect(again.map((a) => a.publishedAt?.getTime())).toEqual(articles.map((a) => a.publishedAt?.getTime()));
  });
});
