import { beforeEach, describe, expect, it } from 'vitest';
import { listBreaking } from '@/db/queries/breaking';
import { createArticle, createSection, databaseNow, resetDatabase } from '../support/fixtures';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('breaking news (عاجل)', () => {
  beforeEach(resetDatabase);

  it('lists public breaking stories of the last six hours, newest first, three at most', async () => {
    const section = await createSection();
    const now = await databaseNow();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const breaking = (publishedAt: Date | null, overrides = {}) =>
      createArticle(section.id, { isBreaking: true, publishedAt, ...overrides });

    const tenMinutes = await breaking(ago(10 * MIN));
    const twoHours = await breaking(ago(2 * HOUR));
    const fiveHours = await breaking(ago(5 * HOUR));
    const almostSix = await breaking(ago(6 * HOUR - MIN));
    await breaking(ago(6 * HOUR + MIN)); // too old
    await createArticle(section.id, { publishedAt: ago(MIN) }); // not breaking
    await breaking(null, { status: 'draft' });
    await breaking(ago(MIN), { status: 'review' });
    await breaking(ago(MIN), { status: 'archived' });
    await breaking(new Date(now.getTime() + 10 * MIN)); // scheduled

    expect((await listBreaking()).map((a) => a.id)).toEqual([tenMinutes.id, twoHours.id, fiveHours.id]);
    expect((await listBreaking({ limit: 10 })).map((a) => a.id)).toEqual([
      tenMinutes.id,
      twoHours.id,
      fiveHours.id,
      almostSix.id,
    ]);
    expect((await listBreaking())[0]).toMatchObject({
      title: tenMinutes.title,
      isBreaking: true,
      section: { slug: section.slug },
    });
  });

  it('opens the window exactly six hours back and follows the visibility rule at any instant', async () => {
    const section = await createSection();
    const at = new Date('2030-03-01T10:00:00Z');
    const story = await createArticle(section.id, { isBreaking: true, publishedAt: at });
    const ids = async (asOf: Date) => (await listBreaking({ asOf })).map((a) => a.id);

    expect(await ids(new Date(at.getTime() - 1))).toEqual([]); // scheduled: not yet
    expect(await ids(at)).toEqual([story.id]);
    expect(await ids(new Date(at.getTime() + 6 * HOUR))).toEqual([story.id]);
    expect(await ids(new Date(at.getTime() + 6 * HOUR + 1))).toEqual([]);
  });

  it('is empty when nothing is breaking', async () => {
    const section = await createSection();
    await createArticle(section.id);
    expect(await listBreaking()).toEqual([]);
  });
});
