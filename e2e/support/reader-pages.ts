import { expect, type APIRequestContext } from '@playwright/test';

// One page of every kind a reader lands on, found the way a reader finds them: the newest culture
// story, and its first tag and its writer, whatever the seed (or a test running beside) made them.

export type ReaderPage = 'home' | 'section' | 'article' | 'tag' | 'author' | 'search' | 'search-empty';

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The href of the first `<a>` whose opening tag matches `attribute`, after `from` in the page. */
function firstLink(page: string, attribute: RegExp, from = 0): string {
  for (const tag of page.slice(from).matchAll(/<a\b[^>]*>/g)) {
    if (!attribute.test(tag[0])) continue;
    const href = /\bhref="([^"]+)"/.exec(tag[0])?.[1];
    if (href) return href.replace(/&amp;/g, '&');
  }
  throw new Error(`no link matching ${attribute}`);
}

export async function readerPages(request: APIRequestContext): Promise<Record<ReaderPage, string>> {
  const section = '/section/culture';
  const listing = await html(request, section);
  // The listing's own stories, not the breaking strip above it.
  const article = firstLink(listing, /href="\/news\/\d+\//, listing.indexOf('id="main"'));
  const story = await html(request, article);
  return {
    home: '/',
    section,
    article,
    tag: firstLink(story, /\brel="tag"/),
    author: firstLink(story, /\brel="author"/),
    search: `/search?q=${encodeURIComponent('الاقتصاد')}`,
    'search-empty': `/search?q=${encodeURIComponent('كلمةلاوجودلها')}`,
  };
}
