import { expect, type APIRequestContext } from '@playwright/test';

// One page of every kind a reader lands on, found the way a reader finds them: the newest culture
// story, and its first tag and its writer, whatever the seed (or a test running beside) made them.

export const READER_PAGES = ['home', 'section', 'article', 'tag', 'author', 'search', 'search-empty'] as const;
export type ReaderPage = (typeof READER_PAGES)[number];

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The hrefs of the `<a>`s whose opening tag matches `attribute`, after `from` in the page. */
function links(page: string, attribute: RegExp, from = 0): string[] {
  return [...page.slice(from).matchAll(/<a\b[^>]*>/g)]
    .filter((tag) => attribute.test(tag[0]))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1]?.replace(/&amp;/g, '&'))
    .filter((href): href is string => Boolean(href));
}

export async function readerPages(request: APIRequestContext): Promise<Record<ReaderPage, string>> {
  const section = '/section/culture';
  const listing = await html(request, section);
  // The listing's own stories, not the breaking strip above it; the newest with a tag and a writer
  // (a story another test just filed there may have neither).
  for (const article of links(listing, /href="\/news\/\d+\//, listing.indexOf('id="main"')).slice(0, 10)) {
    const story = await html(request, article);
    const [tag] = links(story, /\brel="tag"/);
    const [author] = links(story, /\brel="author"/);
    if (tag && author) return pages(section, article, tag, author);
  }
  throw new Error(`no story with a tag and a writer among the newest on ${section}`);
}

function pages(section: string, article: string, tag: string, author: string): Record<ReaderPage, string> {
  return {
    home: '/',
    section,
    article,
    tag,
    author,
    search: `/search?q=${encodeURIComponent('الاقتصاد')}`,
    'search-empty': `/search?q=${encodeURIComponent('كلمةلاوجودلها')}`,
  };
}
