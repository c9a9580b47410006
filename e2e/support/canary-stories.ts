import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { articleRevisions, articleTags, tags } from '@/db/schema';
import { paragraph } from '@/lib/body/document';
import { databaseNow, e2eDb, insertStaffUser, insertStory } from './db';

// Stories no reader and no other writer may see, each carrying one unique string (the canary) in
// every text field, so that a leak anywhere (page, RSC payload, header, feed) is a plain substring.

export interface CanaryStories {
  canary: string;
  /** A second word of the titles, without the canary, for searching. */
  token: string;
  owner: { id: number; email: string; password: string };
  draft: { id: number; slug: string; version: number };
  review: { id: number; slug: string; version: number };
  scheduled: { id: number; slug: string; version: number };
  revisionId: number;
}

/** ASCII only, so that no escaping (HTML, JSON, URL) can hide it from a substring search. */
const word = (prefix: string) => `${prefix}${randomBytes(8).toString('hex')}`;

export async function plantCanaryStories(): Promise<CanaryStories> {
  const canary = word('zqcanary');
  const token = word('tok');
  const password = 'a-long-password-for-the-canary-owner';
  const owner = await insertStaffUser('writer', password);
  const text = (label: string) => `${label} ${token} ${canary}`;
  const fields = (label: string) => ({
    // The slug is set apart from the title: URLs are echoed in redirects, the canary must not be.
    slug: `${token}-${label}`,
    summary: text('ملخص سري لا يُنشر'),
    body: { type: 'doc' as const, content: [paragraph(text('فقرة سرية من نص لم يُنشر بعد'))] },
    seoTitle: canary,
    seoDescription: text('وصف'),
    bodyText: text('فقرة سرية من نص لم يُنشر بعد'),
    createdBy: owner.id,
    updatedBy: owner.id,
  });
  const now = await databaseNow();
  const draft = await insertStory('economy', text('مسودة سرية'), now, {
    ...fields('draft'),
    status: 'draft',
    publishedAt: null,
  });
  const review = await insertStory('economy', text('خبر ينتظر المراجعة'), now, {
    ...fields('review'),
    status: 'review',
    publishedAt: null,
  });
  // Scheduled, under embargo: published status, a time two days ahead.
  const scheduled = await insertStory(
    'economy',
    text('خبر محظور النشر حتى موعده'),
    new Date(now.getTime() + 2 * 86_400_000),
    {
      ...fields('scheduled'),
      status: 'published',
    },
  );
  const [revision] = await e2eDb()
    .insert(articleRevisions)
    .values({
      articleId: draft.id,
      version: draft.version,
      snapshot: { title: draft.title, summary: draft.summary, body: draft.body, sectionId: draft.sectionId, tags: [] },
      createdBy: owner.id,
    })
    .returning();
  // A second version, so that restoring the first is a real change for whoever may make it.
  await e2eDb().execute(sql`update articles set version = version + 1 where id = ${draft.id}`);
  const pick = (a: typeof draft, bump = 0) => ({ id: a.id, slug: a.slug, version: a.version + bump });
  return {
    canary,
    token,
    owner: { id: owner.id, email: owner.email, password },
    draft: pick(draft, 1),
    review: pick(review),
    scheduled: pick(scheduled),
    revisionId: revision!.id,
  };
}

/**
 * Tags the three stories, and a few more drafts of their owner, with a tag of their own whose name
 * carries the canary (its slug does not: URLs are echoed). Only hidden stories use it, so no reader and
 * no other writer may learn its name, not even from the article form's tag suggestions; it is used
 * often enough to be among the most used tags the form offers whoever may see them. Returns its slug.
 */
export async function tagCanaryStories(stories: CanaryStories): Promise<string> {
  const slug = `${stories.token}-tag`;
  const [tag] = await e2eDb()
    .insert(tags)
    .values({ slug, name: `وسم ${stories.canary}` })
    .returning();
  const now = await databaseNow();
  const drafts = [];
  for (let i = 1; i <= 9; i++)
    drafts.push(
      await insertStory('economy', `مسودة موسومة ${stories.token} ${i}`, now, {
        slug: `${stories.token}-tagged-${i}`,
        status: 'draft',
        publishedAt: null,
        createdBy: stories.owner.id,
      }),
    );
  await e2eDb()
    .insert(articleTags)
    .values(
      [stories.draft, stories.review, stories.scheduled, ...drafts].map((a) => ({ articleId: a.id, tagId: tag!.id })),
    );
  return slug;
}
