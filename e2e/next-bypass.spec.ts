import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { plantCanaryStories, tagCanaryStories, type CanaryStories } from './support/canary-stories';
import { changedTables, snapshot } from './support/db-snapshot';
import { encodeFormAction, manifestActions } from './support/server-actions';
import { inBatches, rawRequest, sessionCookie, type RawResponse } from './support/raw-http';

// The Next.js-specific ways around an auth check, tried against stories nobody outside the newsroom
// may see: the proxy's bypass header (CVE-2025-29927), RSC and prefetch requests, the data route,
// `.rsc` paths, and path spellings that a matcher might not recognise. Every answer is searched for
// the canary, headers included. The pages check the session themselves, so even a forged cookie
// that walks past proxy.ts's convenience redirect must get nothing.

let stories: CanaryStories;
let tagSlug: string;
let clients: Client[];

interface Client {
  name: string;
  cookie?: string;
  /** A real session: its own listings may answer 200 (without the canary). */
  signedIn?: boolean;
}
const BUILD_ID = readFileSync(path.resolve(import.meta.dirname, '..', '.next', 'BUILD_ID'), 'utf8').trim();

test.beforeAll(async () => {
  stories = await plantCanaryStories();
  tagSlug = await tagCanaryStories(stories);
  clients = [
    { name: 'a stranger' },
    // Present but meaningless: proxy.ts lets it through, so the pages' own check is what is tested.
    { name: 'a forged session cookie', cookie: 'authjs.session-token=forged.by.an.attacker' },
    // The demo writer does not own these stories.
    { name: 'another writer', cookie: sessionCookie('writer'), signedIn: true },
  ];
});

// A well-formed router state, as a browser on the home page sends when it navigates to the page.
const TREE = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, 1]));
const MIDDLEWARE_BYPASS = [
  'middleware:middleware:middleware:middleware:middleware',
  'proxy:proxy:proxy:proxy:proxy',
  'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
].join(', ');

const HEADER_TRICKS: Record<string, Record<string, string>> = {
  'no extra header': {},
  'x-middleware-subrequest': { 'x-middleware-subrequest': MIDDLEWARE_BYPASS },
  'RSC: 1': { RSC: '1' },
  'an RSC prefetch': { RSC: '1', 'Next-Router-Prefetch': '1' },
  'a segment prefetch': { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  'a router state tree': { RSC: '1', 'Next-Router-State-Tree': TREE },
  'x-nextjs-data: 1': { 'x-nextjs-data': '1' },
  'all at once': {
    'x-middleware-subrequest': MIDDLEWARE_BYPASS,
    RSC: '1',
    'Next-Router-Prefetch': '1',
    'Next-Router-Segment-Prefetch': '/_tree',
    'Next-Router-State-Tree': TREE,
    'x-nextjs-data': '1',
    'Next-Url': '/admin',
  },
};

/** The same admin page, spelled so that a path matcher might miss it. */
function pathTricks(p: string): string[] {
  const rest = p.slice('/admin'.length);
  const [pathname, query] = p.split('?') as [string, string | undefined];
  const q = query ? `?${query}` : '';
  return [
    p,
    `${pathname}/${q}`,
    `/ADMIN${rest}`,
    `/${p}`,
    `/admin/../admin${rest}`,
    `/x/../admin${rest}`,
    `/admin/.${rest}`,
    `/%2fadmin${rest}`,
    `/%61dmin${rest}`,
    pathname.replaceAll('/', '%2f').replace(/^%2f/, '/') + q,
    `${pathname}.rsc${q}`,
    `${pathname}/index.rsc${q}`,
    `${pathname}.segments/_tree.segment.rsc${q}`,
    `${pathname}${q ? `${q}&` : '?'}_rsc=1a2b3`,
    `/_next/data/${BUILD_ID}${pathname}.json${q}`,
    `/_next/data/${BUILD_ID}${pathname}/index.json${q}`,
  ];
}

/** The digests of redirect() to the login form, notFound() and forbidden() in an RSC payload. */
const REFUSAL = /NEXT_REDIRECT;\w+;\/admin\/login|NEXT_HTTP_ERROR_FALLBACK;40[34]/;

interface Probe {
  path: string;
  headers: Record<string, string>;
  client: Client;
  /** Public listings and a signed-in writer's own admin listing answer 200 (without the canary); a story's pages never do. */
  kind: 'story' | 'staff-listing' | 'public-listing';
}

function describeProbe(probe: Probe, response: RawResponse) {
  return `${probe.client.name} GET ${probe.path} ${JSON.stringify(probe.headers)} → ${response.status} ${response.headers.location ?? ''}`;
}

async function send(baseURL: string, probe: Probe) {
  const headers = { ...probe.headers, ...(probe.client.cookie ? { Cookie: probe.client.cookie } : {}) };
  let response = await rawRequest(baseURL, probe.path, { headers });
  // An RSC request without the right cache-busting `_rsc` value is sent to it first (Next 16), as
  // the router would follow: the render is behind that hop.
  const hop = response.headers.location ? new URL(response.headers.location, baseURL) : null;
  if (response.status === 307 && hop?.searchParams.has('_rsc') && hop.host === new URL(baseURL).host)
    response = await rawRequest(baseURL, hop.pathname + hop.search, { headers });
  const leaked = response.body.includes(stories.canary) || JSON.stringify(response.headers).includes(stories.canary);
  const problems: string[] = [];
  if (leaked) problems.push('the canary leaked');
  if (response.status >= 500) problems.push('server error');
  // An RSC answer is 200 whatever the page decided (Next streams it): it must then carry the refusal,
  // or be a prefetch's bare route tree (segment names from the build, no rendered element at all).
  const flight = String(response.headers['content-type'] ?? '').startsWith('text/x-component');
  const refused = flight && REFUSAL.test(response.body);
  const bareTree = flight && !response.body.includes('["$"');
  if (
    response.status === 200 &&
    !refused &&
    !bareTree &&
    !(probe.kind === 'public-listing') &&
    !(probe.kind === 'staff-listing' && probe.client.signedIn)
  )
    problems.push('200 without a refusal');
  if (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.location ?? '', baseURL);
    if (location.host !== new URL(baseURL).host) problems.push('redirected off the site');
  }
  return problems.length ? `${describeProbe(probe, response)}: ${problems.join(', ')}` : null;
}

const pagesOf = (id: number) => [
  `/admin/articles/${id}`,
  `/admin/articles/${id}/preview`,
  `/admin/articles/${id}/revisions`,
];

// Filtered lists a story could appear in (the audit log is admins' only), and the new-story form,
// whose tag suggestions could name the stories' tag.
const ADMIN_LISTINGS = ['/admin', '/admin?status=draft', '/admin/audit', '/admin/articles/new'];

test('admin pages and previews of an unpublished story leak nothing, whatever the headers or spelling', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const probes: Probe[] = [];
  const add = (client: Client, paths: string[], kind: Probe['kind'], spellings: boolean) => {
    for (const p of paths) {
      for (const headers of Object.values(HEADER_TRICKS)) probes.push({ path: p, headers, client, kind });
      if (!spellings) continue;
      for (const spelled of pathTricks(p).slice(1)) {
        probes.push({ path: spelled, headers: {}, client, kind });
        probes.push({ path: spelled, headers: HEADER_TRICKS['all at once']!, client, kind });
      }
    }
  };
  for (const client of clients) {
    // Every header trick on every story's pages; the path spellings (the same route code whatever the
    // status) on the draft's pages and the listings.
    for (const story of [stories.review, stories.scheduled]) add(client, pagesOf(story.id), 'story', false);
    add(client, pagesOf(stories.draft.id), 'story', true);
    add(client, ADMIN_LISTINGS, 'staff-listing', true);
  }
  const problems = (await inBatches(probes, 6, (probe) => send(baseURL!, probe))).filter(Boolean);
  expect(problems, `${problems.length} of ${probes.length} requests`).toEqual([]);
});

test('the public URLs of an unpublished story answer 404, and no listing, search or feed shows it', async ({
  baseURL,
}) => {
  const probes: Probe[] = [];
  const stories_ = [stories.draft, stories.review, stories.scheduled];
  const articlePaths = [...stories_.flatMap((a) => [`/news/${a.id}/${a.slug}`, `/news/${a.id}`]), `/tag/${tagSlug}`];
  const listings = [
    '/',
    '/section/economy',
    `/search?q=${stories.token}`,
    '/rss.xml',
    '/section/economy/rss.xml',
    '/sitemaps/news.xml',
    '/sitemaps/tags.xml',
    '/sitemap.xml',
  ];
  for (const client of clients) {
    for (const p of articlePaths) {
      for (const headers of Object.values(HEADER_TRICKS)) probes.push({ path: p, headers, client, kind: 'story' });
      for (const spelled of [`${p}.rsc`, `${p}?_rsc=1a2b3`, `/_next/data/${BUILD_ID}${p}.json`, `/${p}`, `${p}/`]) {
        probes.push({ path: spelled, headers: {}, client, kind: 'story' });
      }
    }
    // Public pages read no cookie, so the forged one adds nothing there.
    if (client.cookie && !client.signedIn) continue;
    for (const p of listings) {
      for (const headers of Object.values(HEADER_TRICKS))
        probes.push({ path: p, headers, client, kind: 'public-listing' });
    }
  }
  const problems = (await inBatches(probes, 6, (probe) => send(baseURL!, probe))).filter(Boolean);
  expect(problems, `${problems.length} of ${probes.length} requests`).toEqual([]);
});

test('server actions posted without the right session, or from a null or foreign Origin, change nothing, whatever Host they name', async ({
  baseURL,
}) => {
  const actions = new Map(manifestActions().map((a) => [a.key.split('#')[1], a]));
  const s = stories;
  const scope = {
    articleIds: [s.draft.id, s.review.id, s.scheduled.id],
    userIds: [s.owner.id],
    sectionIds: [],
    marker: s.canary,
  };
  const edit = {
    id: String(s.draft.id),
    version: String(s.draft.version),
    intent: 'publish',
    title: 'عنوان كتبه من لا يملك المسودة',
    summary: 'ملخص كتبه من لا يملك المسودة.',
    body: JSON.stringify({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'نص كتبه من لا يملك المسودة، ولا يجوز أن يحفظ.' }] },
      ],
    }),
    sectionId: '1',
  };
  const calls: { action: string; path: string; fields: Record<string, string> }[] = [
    { action: 'saveArticle', path: `/admin/articles/${s.draft.id}`, fields: edit },
    { action: 'saveArticle', path: `/admin/articles/${s.draft.id}`, fields: { ...edit, intent: 'save' } },
    {
      action: 'restoreArticleRevision',
      path: `/admin/articles/${s.draft.id}/revisions`,
      fields: { id: String(s.draft.id), version: String(s.draft.version), revisionId: String(s.revisionId) },
    },
    {
      action: 'changeArticleStatus',
      path: `/admin/articles/${s.scheduled.id}`,
      fields: { id: String(s.scheduled.id), version: String(s.scheduled.version), intent: 'archive' },
    },
  ];
  const senders: { client: Client; origin?: string; steering?: Record<string, string> }[] = [
    ...clients.flatMap((c) => [
      { client: c, origin: undefined },
      { client: c, origin: 'null' },
      { client: c, origin: 'https://attacker.example' },
    ]),
    // The editor may do all of it, but not from a sandboxed frame or another site, even one that
    // names itself as the host: the site's origin is SITE_URL, never a request header.
    { client: { name: 'the editor', cookie: sessionCookie('editor') }, origin: 'null' },
    { client: { name: 'the editor', cookie: sessionCookie('editor') }, origin: 'https://attacker.example' },
    {
      client: { name: 'the editor', cookie: sessionCookie('editor') },
      origin: 'http://attacker.example',
      steering: { Host: 'attacker.example' },
    },
    {
      client: { name: 'the editor', cookie: sessionCookie('editor') },
      origin: 'https://attacker.example',
      steering: { 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'https' },
    },
  ];
  const before = await snapshot(scope);
  const problems: string[] = [];
  for (const { client, origin, steering } of senders) {
    for (const call of calls) {
      for (const spelled of [call.path, `${call.path}.rsc`, `${call.path}?_rsc=1a2b3`]) {
        const form = await encodeFormAction(call.fields);
        const body = new Response(form);
        const headers: Record<string, string> = {
          'Next-Action': actions.get(call.action)!.id,
          Accept: 'text/x-component',
          'Content-Type': body.headers.get('content-type')!,
          'Next-Router-State-Tree': TREE,
          ...(client.cookie ? { Cookie: client.cookie } : {}),
          ...(origin ? { Origin: origin } : {}),
          ...steering,
        };
        const response = await rawRequest(baseURL!, spelled, {
          method: 'POST',
          headers,
          body: await body.text(),
        });
        if (response.body.includes(s.canary) || JSON.stringify(response.headers).includes(s.canary))
          problems.push(`${client.name} ${call.action} at ${spelled} (Origin ${origin}): the canary leaked`);
      }
    }
  }
  const after = await snapshot(scope);
  expect(problems).toEqual([]);
  expect(changedTables(before, after), 'tables changed by refused actions').toEqual([]);
});
