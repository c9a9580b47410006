import { test } from '@playwright/test';
import { databaseNow, insertStory } from './support/db';
import { expectAbsentUntilThenLive } from './support/going-live';

test('a scheduled story is absent everywhere until its second, then appears with no job', async ({ page, request }) => {
  const title = `خبر مجدول للاختبار ${Date.now()}`;
  // A few seconds ahead by the database clock, which decides: time to see it absent everywhere first.
  const at = new Date((await databaseNow()).getTime() + 5_000);
  const story = await insertStory('technology', title, at, { isFeatured: true });
  await expectAbsentUntilThenLive({ at, story, section: '/section/technology', request, reader: page });
});
