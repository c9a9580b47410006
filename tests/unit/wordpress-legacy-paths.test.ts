import { describe, expect, it } from 'vitest';
import { legacyRequest, permalinkKey } from '@/lib/routes/legacy-paths';

const request = (path: string, search = '') => legacyRequest(path, new URLSearchParams(search));

describe('old WordPress addresses as redirect keys', () => {
  it('decodes, lower-cases and drops the trailing slash, whatever the escaping', () => {
    expect(request('/2024/05/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/')).toEqual({ key: '/2024/05/سياسة', feed: false });
    expect(request('/2024/05/%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9')).toEqual({ key: '/2024/05/سياسة', feed: false });
    expect(request('/About-Us/')).toEqual({ key: '/about-us', feed: false });
  });

  it('names the same key for a feed', () => {
    expect(request('/category/economy/feed/')).toEqual({ key: '/category/economy', feed: true });
    expect(request('/category/economy/feed/atom/')).toEqual({ key: '/category/economy', feed: true });
    expect(request('/', 'cat=4&feed=rss2')).toEqual({ key: '?cat=4', feed: true });
  });

  it('reads the query-string links on the home page only', () => {
    expect(request('/', 'p=0123')).toEqual({ key: '?p=123', feed: false });
    expect(request('/', 'page_id=9')).toEqual({ key: '?page_id=9', feed: false });
    expect(request('/', 'tag=%D8%A7%D9%84%D9%86%D9%82%D9%84')).toEqual({ key: '/tag/النقل', feed: false });
    expect(request('/', 'p=abc')).toBeNull();
    expect(request('/', 'utm_source=x')).toBeNull();
    expect(request('/anything', 'p=1')).toEqual({ key: '/anything', feed: false });
  });

  it('refuses what cannot be an address', () => {
    expect(request('/%E0%A4%A')).toBeNull();
    expect(request(`/${'a'.repeat(2000)}`)).toBeNull();
  });

  it('keys a post by its permalink as exported', () => {
    expect(permalinkKey('https://old.example/2024/05/12/%d8%ac%d8%b3%d8%b1/')).toBe('/2024/05/12/جسر');
    expect(permalinkKey('https://old.example/?p=103')).toBe('?p=103');
    expect(permalinkKey('not a url')).toBeNull();
  });
});
