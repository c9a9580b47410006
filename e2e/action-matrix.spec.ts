import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { eq, inArray, sql } from 'drizzle-orm';
import { articles, sections, users } from '@/db/schema';
import { ACTIONS, type Attempt, type Caller, type Targets } from './support/action-matrix';
import { plantCanaryStories } from './support/canary-stories';
import { databaseNow, e2eDb, insertStaffUser, insertStory } from './support/db';
import { changedTables, snapshot, type SnapshotScope } from './support/db-snapshot';
import { manifestActions, pagePathFor, postAction } from './support/server-actions';
import { sessionFile } from './support/staff-session';
import { DEMO } from './support/staff';

// Every server action in the production build, posted as nobody and as each role with arguments
// aimed at what that role may not touch (e2e/support/action-matrix.ts says who may call what). A
// refused call must leave every row in scope as it was; an allowed one must change something, which
// proves the requests are well-formed and that the refusals are the server's, not a malformed body's.

let targets: Targets;
let scope: SnapshotScope;
const contexts = new Map<Caller, APIRequestContext>();
const FORGED = 'authjs.session-token=forged.by.an.attacker';

test.beforeAll(async ({ baseURL }) => {
  const marker = `m${randomBytes(5).toString('hex')}`;
  const stories = await plantCanaryStories();
  const db = e2eDb();
  const victim = await insertStaffUser('writer', 'a-long-password-for-the-victim');
  const disabled = await insertStaffUser('writer', 'a-long-password-for-the-disabled');
  await db.update(users).set({ active: false }).where(eq(users.id, disabled.id));
  const password = `Fresh-${marker}-Passphrase!`;
  const fresh = await insertStaffUser('writer', password);
  const [row] = await db.execute<{ top: number }>(sql`select coalesce(max(position), 0) as top from sections`);
  const top = Number(row!.top);
  const planted = await db
    .insert(sections)
    .values([
      { name: `قسم أول ${marker}`, slug: `${marker}-one`, position: top + 1 },
      { name: `قسم ثان ${marker}`, slug: `${marker}-two`, position: top + 2 },
    ])
    .returning();
  const demo = await db
    .select()
    .from(users)
    .where(inArray(users.email, [DEMO.editor.email, DEMO.writer.email]));
  const demoId = (email: string) => demo.find((u) => u.email === email)!.id;
  const writerId = demoId(DEMO.writer.email);
  const now = await databaseNow();
  const ownDraft = await insertStory('economy', `مسودة الكاتب ${marker}`, now, {
    slug: `${marker}-own-draft`,
    status: 'draft',
    publishedAt: null,
    createdBy: writerId,
  });
  const ownReview = await insertStory('economy', `خبر الكاتب في المراجعة ${marker}`, now, {
    slug: `${marker}-own-review`,
    status: 'review',
    publishedAt: null,
    createdBy: writerId,
  });
  const [economy] = await db.select().from(sections).where(eq(sections.slug, 'economy'));
  targets = {
    marker,
    stories,
    version: async (id) => (await db.select({ v: articles.version }).from(articles).where(eq(articles.id, id)))[0]!.v,
    victim,
    disabled,
    fresh: { id: fresh.id, email: fresh.email, password, newPassword: `Changed-${marker}-Passphrase!` },
    sections: { first: planted[0]!.id, second: planted[1]!.id },
    sectionId: economy!.id,
    editorId: demoId(DEMO.editor.email),
    writersOwn: { draft: ownDraft.id, review: ownReview.id },
  };
  scope = {
    articleIds: [stories.draft.id, stories.review.id, stories.scheduled.id, ownDraft.id, ownReview.id],
    userIds: [stories.owner.id, victim.id, disabled.id, fresh.id],
    sectionIds: [planted[0]!.id, planted[1]!.id],
    marker,
  };
  for (const role of ['writer', 'editor', 'admin'] as const) {
    contexts.set(role, await playwrightRequest.newContext({ baseURL, storageState: sessionFile(role) }));
  }
  contexts.set('nobody', await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Cookie: FORGED } }));
  contexts.set('fresh', await playwrightRequest.newContext({ baseURL }));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

test('every server action in the build is classified, and each class is tried both ways', () => {
  const built = manifestActions();
  const unknown = built.filter((a) => !ACTIONS[a.key]).map((a) => `${a.key} (${a.id})`);
  expect(
    unknown,
    'Server actions the matrix does not know: say who may call them in e2e/support/action-matrix.ts',
  ).toEqual([]);
  const gone = Object.keys(ACTIONS).filter((key) => !built.some((a) => a.key === key));
  expect(gone, 'Classified actions no longer in the build').toEqual([]);
  for (const [key, rule] of Object.entries(ACTIONS)) {
    const attempts = rule.attempts(targets);
    expect(
      attempts.some((a) => a.as === 'nobody' && a.expect === 'nothing'),
      `${key}: a stranger's try`,
    ).toBe(true);
    expect(
      attempts.some((a) => a.expect === 'change'),
      `${key}: an allowed call that changes something`,
    ).toBe(true);
  }
});

test('no server action changes what its caller may not change, and each allowed call does change it', async ({
  baseURL,
}) => {
  // About 30 s on a quiet machine; generous, as the config is, for a shared and loaded one.
  test.setTimeout(300_000);
  const built = manifestActions();
  // Sign-in first (it gives the test's own account its session), sign-out last (it ends it).
  const order = (key: string) => (key.endsWith('#login') ? 0 : key.endsWith('#logout') ? 2 : 1);
  built.sort((a, b) => order(a.key) - order(b.key));
  const failures: string[] = [];
  // An action not classified is reported by the test above; the rest are still tried here.
  for (const action of built.filter((a) => ACTIONS[a.key])) {
    const rule = ACTIONS[action.key]!;
    for (const attempt of rule.attempts(targets)) {
      const failure = await run(action, rule.withState ?? true, attempt, baseURL!);
      if (failure) failures.push(`${action.key}: ${attempt.as} tries to ${attempt.tries}: ${failure}`);
    }
  }
  expect(failures).toEqual([]);
});

async function run(
  action: ReturnType<typeof manifestActions>[number],
  withState: boolean,
  attempt: Attempt,
  baseURL: string,
): Promise<string | null> {
  const fields = typeof attempt.fields === 'function' ? await attempt.fields() : attempt.fields;
  const before = await snapshot(scope);
  const response = await postAction(contexts.get(attempt.as)!, {
    action,
    path: attempt.path ?? pagePathFor(action, attempt.pageId ?? targets.stories.draft.id),
    fields,
    // The site's own origin, as a browser sends it: the refusals must come from the role checks.
    origin: new URL(baseURL).origin,
    withState,
  });
  const after = await snapshot(scope);
  const changed = changedTables(before, after);
  const status = response.status();
  if (status >= 500) return `server error ${status}`;
  if (attempt.expect === 'nothing' && changed.length) return `changed ${changed.join(', ')}`;
  if (attempt.expect === 'change' && !changed.length)
    return `changed nothing (HTTP ${status}): ${(await response.text()).slice(0, 300)}`;
  return null;
}
