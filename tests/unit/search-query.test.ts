import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { splitHighlights } from '@/components/search/highlight-segments';
import { Highlighted } from '@/components/search/highlighted';
import {
  cairoDayRange,
  cairoDayStart,
  cleanQuery,
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  isSearchable,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  searchHref,
} from '@/modules/search/query';

describe('reading the search parameters', () => {
  it('tidies the query and keeps the filters that are well formed', () => {
    expect(
      parseSearchParams({
        q: '  أسعار   الذهب\n',
        section: 'economy',
        from: '2026-01-10',
        to: '2026-01-12',
        page: '3',
      }),
    ).toEqual({ q: 'أسعار الذهب', section: 'economy', from: '2026-01-10', to: '2026-01-12', page: 3 });
  });

  it('ignores what is not a section slug, a real date or a page number', () => {
    expect(
      parseSearchParams({ q: ['أول', 'ثان'], section: "x' or 1=1", from: '2026-02-30', to: 'أمس', page: '-1' }),
    ).toEqual({ q: 'أول', section: null, from: null, to: null, page: 1 });
    expect(parseSearchParams({})).toEqual({ q: '', section: null, from: null, to: null, page: 1 });
    expect(parseSearchParams({ page: '9999999' }).page).toBe(1);
  });

  it(`cuts the query at ${MAX_QUERY_LENGTH} characters, never inside a character`, () => {
    expect(cleanQuery('ب'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(Array.from(cleanQuery('😀'.repeat(300)))).toHaveLength(MAX_QUERY_LENGTH);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const q = cleanQuery(s);
        // No lone surrogate: the cut never splits a character.
        return (
          Array.from(q).length <= MAX_QUERY_LENGTH &&
          q === q.trim() &&
          !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(q)
        );
      }),
    );
  });

  it('blanks control characters and the highlight markers', () => {
    expect(cleanQuery(`a\u0000b${S}c${E}d\u007f`)).toBe('a b c d');
  });

  it('runs a query only when it has a letter or a digit', () => {
    expect(['!!!', '-', '"', 'ـــ', 'ًٌ', '   ', '؟،'].map(isSearchable)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['أ', '7', '٣', 'OR', '"unclosed'].map(isSearchable)).toEqual([true, true, true, true, true]);
  });
});

describe('Cairo calendar days', () => {
  it('run from local midnight to the next local midnight', () => {
    // Winter (UTC+2) and summer (UTC+3).
    expect(cairoDayRange('2026-01-10', '2026-01-10')).toEqual({
      since: new Date('2026-01-09T22:00:00Z'),
      until: new Date('2026-01-10T22:00:00Z'),
    });
    expect(cairoDayRange('2025-07-31', '2025-07-31')).toEqual({
      since: new Date('2025-07-30T21:00:00Z'),
      until: new Date('2025-07-31T21:00:00Z'),
    });
    expect(cairoDayRange(null, null)).toEqual({ since: null, until: null });
  });

  it('start at 01:00 on the day the clocks spring forward at midnight', () => {
    // Egypt moved to summer time at 00:00 on Friday 25 April 2025: that midnight never happened.
    expect(cairoDayStart('2025-04-25')).toEqual(new Date('2025-04-24T22:00:00Z'));
    expect(cairoDayRange('2025-04-24', '2025-04-24').until).toEqual(new Date('2025-04-24T22:00:00Z'));
  });

  it('roll over months and years', () => {
    expect(cairoDayRange(null, '2025-12-31').until).toEqual(new Date('2025-12-31T22:00:00Z'));
  });
});

describe('links to results', () => {
  it('keep the query and filters, and the page after the first', () => {
    const p = { q: 'كرة & قدم', section: 'sports', from: '2026-01-01', to: null };
    expect(searchHref(p)).toBe('/search?q=%D9%83%D8%B1%D8%A9+%26+%D9%82%D8%AF%D9%85&section=sports&from=2026-01-01');
    expect(searchHref(p, 2)).toMatch(/&page=2$/);
    expect(searchHref({ q: '', section: null, from: null, to: null })).toBe('/search');
  });
});

describe('highlighted snippets', () => {
  it('split on the markers and show the original letters', () => {
    expect(splitHighlights(`قال ${S}اسعار${E} اليوم`, 'قال أسعار اليوم')).toEqual([
      { text: 'قال ', hit: false },
      { text: 'أسعار', hit: true },
      { text: ' اليوم', hit: false },
    ]);
  });

  it('mark a whole word whose article or clitic was dropped for the stemmer', () => {
    expect(splitHighlights(`  ${S}وزير${E}،  ${S}اكد${E}`, 'الوزير، وأكد')).toEqual([
      { text: 'الوزير', hit: true },
      { text: '، ', hit: false },
      { text: 'وأكد', hit: true },
    ]);
  });

  it('fall back to the folded text when the original does not line up', () => {
    expect(splitHighlights(`${S}اسعار${E}`, 'أسعار الذهب')).toEqual([{ text: 'اسعار', hit: true }]);
    expect(splitHighlights('بلا تظليل', null)).toEqual([{ text: 'بلا تظليل', hit: false }]);
  });

  it('render as <mark> and escaped text, never as HTML', () => {
    const html = renderToStaticMarkup(
      createElement(Highlighted, {
        segments: splitHighlights(`<b>x</b> ${S}<script>alert(1)</script>${E}`),
      }),
    );
    expect(html).not.toMatch(/<(b|script)>/);
    const text = (h: string) => h.replace(/<\/?bdi[^>]*>/g, '');
    expect(text(html)).toBe(
      '&lt;b&gt;x&lt;/b&gt; <mark class="rounded-sm bg-amber-200 text-black">&lt;script&gt;alert(1)&lt;/script&gt;</mark>',
    );
  });
});
