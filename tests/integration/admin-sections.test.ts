import { beforeEach, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { NextRequest } from 'next/server';
import * as actions from '@/app/(admin)/admin/(staff)/sections/actions';
import { ACTION_MESSAGES } from '@/auth/action';
import { resolveSectionSlug } from '@/db/queries/section-redirects';
import { auditLog, sections, sectionSlugRedirects } from '@/db/schema';
import { SECTION_MESSAGES } from '@/lib/validation/section';
import { SectionView } from '@/app/(public)/section/[slug]/section-view';
import { proxy } from '@/proxy';
import { createSection, resetDatabase, testDb } from '../support/fixtures';
import { callAction as call, type FormAction } from '../support/form-action';
import { signInAs } from '../support/session-mock';
import { everyone } from '../support/staff-fixtures';

async function snapshot() {
  const db = testDb();
  return {
    sections: await db.select().from(sections).orderBy(asc(sections.id)),
    redirects: await db.select().from(sectionSlugRedirects).orderBy(asc(sectionSlugRedirects.oldSlug)),
    audit: await db.select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}
const order = async () => (await testDb().select().from(sections).orderBy(asc(sections.position))).map((s) => s.slug);
const auditActions = async () => (await snapshot()).audit.map((a) => [a.action, a.details]);

beforeEach(resetDatabase);

describe('section actions: only an active admin with a current session', () => {
  const cases: [string, FormAction, (ids: number[]) => Record<string, string | number>][] = [
    ['createSection', actions.createSection, () => ({ name: 'منوعات', slug: 'misc' })],
    ['updateSection', actions.updateSection, ([id]) => ({ id: id!, name: 'اسم جديد', slug: 'renamed' })],
    ['moveSection', actions.moveSection, ([, id]) => ({ id: id!, direction: 'up' })],
  ];
  it.each(cases)(
    '%s refuses strangers, writers, editors, disabled admins and stale sessions, changing nothing',
    async (_, action, values) => {
      const people = await everyone();
      const ids = [(await createSection()).id, (await createSection()).id];
      const callers = [
        [null, ACTION_MESSAGES.signedOut],
        [people.writer, ACTION_MESSAGES.forbidden],
        [people.editor, ACTION_MESSAGES.forbidden],
        [people.disabled, ACTION_MESSAGES.signedOut],
        [{ id: people.admin.id, sessionVersion: people.admin.sessionVersion - 1 }, ACTION_MESSAGES.signedOut],
      ] as const;
      const before = await snapshot();
      for (const [who, message] of callers) {
        signInAs(who);
        expect(await call(action, values(ids))).toMatchObject({ ok: false, message });
        expect(await snapshot()).toEqual(before);
      }
      expect(revalidatePath).not.toHaveBeenCalled();
      signInAs(people.admin);
      expect(await call(action, values(ids))).toMatchObject({ ok: true });
      expect(await snapshot()).not.toEqual(before);
      expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');
    },
  );
});

describe('managing sections', () => {
  beforeEach(async () => signInAs((await everyone()).admin));

  it('adds a section at the end of the list, audited, and refuses a slug in use with the input kept', async () => {
    await createSection({ slug: 'sports' });
    expect(await call(actions.createSection, { name: 'منوعات', slug: ' Misc-News ' })).toMatchObject({
      ok: true,
      message: SECTION_MESSAGES.created,
    });
    expect(await order()).toEqual(['sports', 'misc-news']);
    expect(await auditActions()).toEqual([['section.create', { name: 'منوعات', slug: 'misc-news' }]]);

    const before = await snapshot();
    expect(await call(actions.createSection, { name: 'رياضة ٢', slug: 'sports' })).toMatchObject({
      ok: false,
      errors: { slug: [SECTION_MESSAGES.slugTaken] },
      values: { name: 'رياضة ٢', slug: 'sports' },
    });
    expect(await call(actions.createSection, { name: 'رياضة', slug: 'رياضة' })).toMatchObject({
      ok: false,
      message: ACTION_MESSAGES.invalid,
      errors: { slug: [SECTION_MESSAGES.slugFormat] },
      values: { slug: 'رياضة' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a changed slug working: a redirect row, the lookup, and the proxy’s 301 with the page kept', async () => {
    const section = await createSection({ slug: 'old-name', name: 'قديم' });
    expect(await call(actions.updateSection, { id: section.id, name: 'جديد', slug: 'new-name' })).toMatchObject({
      ok: true,
      message: SECTION_MESSAGES.saved,
    });
    expect(await testDb().select().from(sectionSlugRedirects)).toMatchObject([
      { oldSlug: 'old-name', sectionId: section.id },
    ]);
    expect(await auditActions()).toEqual([
      ['section.slug_change', { from: 'old-name', to: 'new-name' }],
      ['section.rename', { from: 'قديم', to: 'جديد' }],
    ]);
    expect(await resolveSectionSlug('old-name')).toEqual({ kind: 'moved', slug: 'new-name' });
    expect(await resolveSectionSlug('new-name')).toEqual({ kind: 'current' });
    expect(await resolveSectionSlug('never-was')).toBeNull();

    const answer = async (path: string) => proxy(new NextRequest(`http://bawaba.test${path}`));
    for (const [from, to] of [
      ['/section/old-name', '/section/new-name'],
      ['/section/old-name/page/3', '/section/new-name/page/3'],
      ['/section/old-name/page/1', '/section/new-name'],
    ]) {
      const response = await answer(from!);
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(`http://bawaba.test${to}`);
    }
    expect((await answer('/section/new-name')).headers.get('location')).toBeNull();
    expect((await answer('/section/never-was')).headers.get('location')).toBeNull();
  });

  it('sends a reader on from a former slug that a proxy still remembers as current', async () => {
    const section = await createSection({ slug: 'before', name: 'قبل' });
    const answer = async (path: string) => proxy(new NextRequest(`http://bawaba.test${path}`));
    expect((await answer('/section/before')).headers.get('location')).toBeNull();
    await call(actions.updateSection, { id: section.id, name: 'بعد', slug: 'after' });
    // For a few seconds this proxy passes the old address through to the page…
    expect((await answer('/section/before')).headers.get('location')).toBeNull();
    // …which redirects permanently itself, keeping the page.
    await expect(SectionView({ slug: 'before', page: 2 })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;replace;\/section\/after\/page\/2;308;/),
    });
    await expect(SectionView({ slug: 'never-was', page: 1 })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    });
  });

  it('lets a section take its old slug back, but not another section’s old slug', async () => {
    const a = await createSection({ slug: 'alpha' });
    const b = await createSection({ slug: 'beta' });
    await call(actions.updateSection, { id: a.id, name: a.name, slug: 'alpha-2' });
    expect(await call(actions.updateSection, { id: b.id, name: b.name, slug: 'alpha' })).toMatchObject({
      ok: false,
      errors: { slug: [SECTION_MESSAGES.slugReserved] },
    });
    expect(await call(actions.updateSection, { id: b.id, name: b.name, slug: 'alpha-2' })).toMatchObject({
      ok: false,
      errors: { slug: [SECTION_MESSAGES.slugTaken] },
    });
    expect(await call(actions.updateSection, { id: a.id, name: a.name, slug: 'alpha' })).toMatchObject({ ok: true });
    expect(await resolveSectionSlug('alpha')).toEqual({ kind: 'current' });
    expect(await resolveSectionSlug('alpha-2')).toEqual({ kind: 'moved', slug: 'alpha' });
    expect(await call(actions.updateSection, { id: a.id, name: a.name, slug: 'alpha' })).toMatchObject({
      ok: true,
      message: SECTION_MESSAGES.unchanged,
    });
  });

  it('moves sections up and down, renumbering the list, and says so at either end', async () => {
    const [one, , three] = [
      await createSection({ slug: 'one' }),
      await createSection({ slug: 'two' }),
      await createSection({ slug: 'three' }),
    ];
    expect(await call(actions.moveSection, { id: three!.id, direction: 'up' })).toMatchObject({
      ok: true,
      message: SECTION_MESSAGES.moved,
    });
    expect(await order()).toEqual(['one', 'three', 'two']);
    expect((await testDb().select().from(sections).orderBy(asc(sections.position))).map((s) => s.position)).toEqual([
      1, 2, 3,
    ]);
    await call(actions.moveSection, { id: one!.id, direction: 'down' });
    expect(await order()).toEqual(['three', 'one', 'two']);
    const before = await snapshot();
    expect(await call(actions.moveSection, { id: three!.id, direction: 'up' })).toMatchObject({
      ok: false,
      message: SECTION_MESSAGES.atEdge,
    });
    expect(await call(actions.moveSection, { id: 999_999, direction: 'up' })).toMatchObject({
      ok: false,
      message: SECTION_MESSAGES.notFound,
    });
    expect(await snapshot()).toEqual(before);
    expect((await auditActions()).map(([action]) => action)).toEqual(['section.reorder', 'section.reorder']);
  });
});
