import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BreakingStrip } from '@/components/reader/breaking-strip';
import { MostRead } from '@/components/reader/most-read';
import type { ArticleCard } from '@/db/queries/article-cards';

const card = (id: number, title: string): ArticleCard => ({
  id,
  slug: `خبر-${id}`,
  title,
  summary: '',
  publishedAt: new Date('2026-03-01T08:05:00Z'),
  isBreaking: true,
  image: null,
  section: { slug: 'egypt', name: 'مصر' },
  author: null,
});

describe('the breaking strip', () => {
  it('is a polite live region labelled عاجل with each headline, its Cairo time and its link', () => {
    const html = renderToStaticMarkup(
      createElement(BreakingStrip, { stories: [card(7, 'خبر عاجل أول'), card(8, 'خبر عاجل ثان')] }),
    );
    expect(html).toMatch(/^<section aria-labelledby="breaking-label" aria-live="polite"/);
    expect(html).toContain('<p id="breaking-label"');
    expect(html).toContain('>عاجل</p>');
    expect(html).toContain('href="/news/7/خبر-7"');
    expect(html).toContain('>10:05</time>'); // Cairo time, Western digits
    expect(html.indexOf('خبر عاجل أول')).toBeLessThan(html.indexOf('خبر عاجل ثان'));
    // Static: nothing animates, so there is nothing to pause.
    expect(html).not.toMatch(/animate|marquee|<button/);
  });

  it('draws nothing without a breaking story', () => {
    expect(renderToStaticMarkup(createElement(BreakingStrip, { stories: [] }))).toBe('');
  });
});

describe('the most-read block', () => {
  it('is a numbered list under the heading الأكثر قراءة, in rank order', () => {
    const html = renderToStaticMarkup(createElement(MostRead, { articles: [card(3, 'الأول'), card(1, 'الثاني')] }));
    expect(html).toContain('<h2 id="most-read"');
    expect(html).toContain('الأكثر قراءة</h2><ol');
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(html.indexOf('الأول')).toBeLessThan(html.indexOf('الثاني'));
  });

  it('draws nothing before there are views to rank', () => {
    expect(renderToStaticMarkup(createElement(MostRead, { articles: [] }))).toBe('');
  });
});
