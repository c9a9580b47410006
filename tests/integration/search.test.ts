import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { splitHighlights } from '@/components/search/highlight-segments';
import { articles } from '@/db/schema';
import { cairoDayRange, searchArticles, similarHeadlines, suggestQuery } from '@/modules/search';
// White-box: the filters' shape and how many candidates the ranking looks at are the module's own.
import type { SearchFilters } from '@/modules/search/queries/matching';
import { SEARCH_CANDIDATES } from '@/modules/search/queries/results';
import { createArticle, createSection, resetDatabase, testDb } from '../support/fixtures';

const DAY = 86_400_000;
const found = async (q: string, filters: SearchFilters = {}) =>
  (await searchArticles(q, filters, 1, 20)).items.map((h) => h.article.id);

describe('search: spelling variants find the same story', () => {
  let storyId = 0;
  beforeEach(async () => {
    await resetDatabase();
    const section = await createSection();
    const story = await createArticle(section.id, {
      title: 'المدرسة الجديدة في الإسكندرية تستقبل الطلاب',
      summary: 'وأكد مسئول بالمحافظة أن المستشفى القريب جاهز.',
      bodyText: 'وقالت الحكومة إن الدراسة تبدأ مبكرًا هذا العام والمعلمون مستعدون.',
    });
    storyId = story.id;
    await createArticle(section.id, {
      title: 'مباراة كرة القدم',
      summary: 'فاز الفريق',
      bodyText: 'هدف في الدقيقة الأخيرة',
    });
  });

  it.each([
    ['the headline words', 'المدرسة الإسكندرية'],
    ['without ال', 'مدرسة'],
    ['ه for ة', 'مدرسه'],
    ['ه for ة, with ال', 'المدرسه'],
    ['without the hamza', 'الاسكندرية'],
    ['without hamza and with ه', 'اسكندريه'],
    ['with diacritics', 'المَدْرَسَةُ الجَدِيدَةُ'],
    ['with tatweel', 'المدرســة'],
    ['ي for ى', 'المستشفي'],
    ['ى as written', 'مستشفى'],
    ['the verb without its و', 'أكد'],
    ['the verb without و or hamza', 'اكد'],
    ['مسؤول for مسئول', 'مسؤول'],
    ['a body word without ال', 'حكومة'],
    ['a body word with و and diacritics', 'والحُكومة'],
  ])('%s: %s', async (_, query) => {
    expect(await found(query)).toEqual([storyId]);
  });

  it('finds short words with or without ال, which the stemmer alone kept apart (الكرة/كرة)', async () => {
    const [ball] = await found('كرة');
    expect(ball).toBeDefined();
    expect(await found('الكرة')).toEqual([ball]);
    expect(await found('بالكره')).toEqual([ball]);
  });

  it('finds broken plurals from the maintained list (modules/search/arabic-plurals.ts), either way', async () => {
    expect(await found('مدارس')).toEqual([storyId]);
    expect(await found('بالمدارس')).toEqual([storyId]);
    expect(await found('طالب')).toEqual([storyId]);
  });

  it('shows the stories holding most words when none holds all, and honours "or" and minus', async () => {
    const result = await searchArticles('المدرسة مباراة', {}, 1, 20);
    expect(result).toMatchObject({ mode: 'most', total: 2 });
    expect((await found('المدرسة or مباراة')).length).toBe(2);
    expect(await found('المدرسة -الإسكندرية')).toEqual([]);
    // Search syntax is taken as written: no "most words" for it.
    expect(await searchArticles('"المدرسة مباراة"', {}, 1, 20)).toMatchObject({ mode: 'all', total: 0 });
  });
});

describe('search: a word is found as written and by its light stem', () => {
  beforeEach(resetDatabase);
  const at = new Date(Date.now() - 86_400_000);

  it.each([
    ['ل', 'تبرعات لمدرسة القرية', 'مدرسة'],
    ['ل, looked for with ال', 'تبرعات لمدرسة القرية', 'المدرسة'],
    ['ل before a three-letter noun', 'رسالة لمصر من الخارج', 'مصر'],
    ['ك', 'مصر كممر للتجارة', 'ممر'],
    ['و before four letters', 'وزيت الزيتون', 'زيت'],
    ['و + ل', 'ولمسرح العرائس جمهور', 'مسرح'],
    ['ب before ت', 'فيلم بتقنية جديدة', 'تقنية'],
    ['the query carrying ل', 'افتتاح مسرح جديد', 'لمسرح'],
    ['a sound plural for its singular', 'افتتاح مستشفيات جديدة', 'مستشفى'],
    ['the accusative alef', 'جمعت تمويلًا كبيرًا', 'تمويل'],
  ])('%s: %s is found by %s', async (_, title, query) => {
    const section = await createSection();
    const story = await createArticle(section.id, { title, publishedAt: at });
    await createArticle(section.id, { title: 'خبر آخر عن الطقس', publishedAt: at });
    expect(await found(query)).toEqual([story.id]);
  });

  it('does not take a root letter for a proclitic: الجنة does not find لجنة', async () => {
    const section = await createSection();
    await createArticle(section.id, { title: 'لجنة الحكام تجتمع', summary: 'كامل الأعضاء', publishedAt: at });
    expect(await found('الجنة')).toEqual([]);
    expect(await found('أمل')).toEqual([]);
  });

  it('ranks a word found as written above the same word found by its stem', async () => {
    const section = await createSection();
    const byStem = await createArticle(section.id, { title: 'افتتاح مستشفيات في الصعيد', publishedAt: at });
    const exact = await createArticle(section.id, { title: 'افتتاح مستشفى في الصعيد', publishedAt: at });
    expect(await found('مستشفى')).toEqual([exact.id, byStem.id]);
    expect(await found('مستشفيات')).toEqual([byStem.id, exact.id]);
  });
});

describe('search: most words, and "هل تقصد"', () => {
  beforeEach(resetDatabase);

  it('ranks by how many words a story holds, and leaves out those holding fewer than half', async () => {
    const section = await createSection();
    const at = new Date(Date.now() - 86_400_000);
    const three = await createArticle(section.id, { title: 'حريق في مخزن أخشاب بالعاشر', publishedAt: at });
    const two = await createArticle(section.id, { title: 'حريق في مخزن أدوية', publishedAt: at });
    await createArticle(section.id, { title: 'حريق في سوق شعبي', publishedAt: at });
    const result = await searchArticles('حريق مخزن أخشاب العاشر زلزال', {}, 1, 20);
    expect(result.mode).toBe('most');
    // Five words: three are needed; the story holding only حريق is left out.
    expect(result.items.map((h) => h.article.id)).toEqual([three.id]);
    const four = await searchArticles('حريق مخزن أخشاب زلزال', {}, 1, 20);
    expect(four.items.map((h) => h.article.id)).toEqual([three.id, two.id]);
    expect(four.total).toBe(2);
  });

  it('corrects a misspelt word to a word of the published stories, keeping the article typed', async () => {
    const section = await createSection();
    await createArticle(section.id, { title: 'ارتفاع أسعار الذهب في الأسواق' });
    expect(await suggestQuery('الذهبب')).toBe('الذهب');
    expect(await suggestQuery('أسعار الذهبب')).toBe('أسعار الذهب');
    expect(await suggestQuery('أسعار الذهب')).toBeNull();
    expect(await suggestQuery('زلزال')).toBeNull();
  });

  it('keeps the words of published stories only, adding them on every save', async () => {
    const section = await createSection();
    const words = async () =>
      (await testDb().execute<{ word: string }>(sql`select word from search_words order by word`)).map((r) => r.word);
    const draft = await createArticle(section.id, { title: 'مسودة سرية للغاية', status: 'draft', publishedAt: null });
    expect(await words()).not.toContain('سريه');
    expect(await suggestQuery('سرييه')).toBeNull();

    await testDb().execute(sql`update articles set status = 'published', published_at = now() where id = ${draft.id}`);
    expect(await words()).toContain('سريه');
    expect(await suggestQuery('سرييه')).toBe('سريه');
    await testDb().execute(sql`update articles set title = 'عنوان مختلف تماما' where id = ${draft.id}`);
    expect(await words()).toContain('مختلف');
  });

  it('never suggests a word only a scheduled story holds', async () => {
    const section = await createSection();
    await createArticle(section.id, {
      title: 'إعلان الفائزين بالجوائز',
      publishedAt: new Date(Date.now() + 3_600_000),
    });
    expect(await suggestQuery('الفايزيين')).toBeNull();
  });
});

describe('search: ranking, visibility, filters, pages', () => {
  beforeEach(resetDatabase);

  it('puts a headline match above a body-only match, and the newer of equal matches first', async () => {
    const section = await createSection();
    const at = new Date(Date.now() - DAY);
    const inBody = await createArticle(section.id, { title: 'خبر أول', bodyText: 'افتتاح متحف جديد', publishedAt: at });
    const inTitle = await createArticle(section.id, { title: 'افتتاح متحف جديد', bodyText: 'نص', publishedAt: at });
    expect(await found('متحف')).toEqual([inTitle.id, inBody.id]);

    const older = await createArticle(section.id, {
      title: 'افتتاح متحف',
      publishedAt: new Date(Date.now() - 90 * DAY),
    });
    const newer = await createArticle(section.id, {
      title: 'افتتاح متحف',
      publishedAt: new Date(Date.now() - 2 * DAY),
    });
    const order = await found('افتتاح متحف');
    expect(order.indexOf(newer.id)).toBeLessThan(order.indexOf(older.id));
  });

  it('never finds drafts, stories in review, archived or scheduled stories', async () => {
    const section = await createSection();
    const visible = await createArticle(section.id, { title: 'قطار سريع' });
    await createArticle(section.id, { title: 'قطار سريع', status: 'draft', publishedAt: null });
    await createArticle(section.id, { title: 'قطار سريع', status: 'review', publishedAt: null });
    await createArticle(section.id, {
      title: 'قطار سريع',
      status: 'archived',
      publishedAt: new Date(Date.now() - DAY),
    });
    await createArticle(section.id, {
      title: 'قطار سريع',
      status: 'published',
      publishedAt: new Date(Date.now() + 60_000),
    });
    expect(await found('قطار')).toEqual([visible.id]);
    expect((await similarHeadlines('قطار سريع')).map((h) => h.id)).toEqual([visible.id]);
  });

  it('filters by section and by Cairo calendar days', async () => {
    const egypt = await createSection();
    const sports = await createSection();
    // 00:30 on 10 January in Cairo is still 9 January in UTC.
    const early = await createArticle(egypt.id, {
      title: 'معرض الكتاب',
      publishedAt: new Date('2026-01-09T22:30:00Z'),
    });
    const later = await createArticle(sports.id, {
      title: 'معرض الكتاب',
      publishedAt: new Date('2026-01-12T10:00:00Z'),
    });
    expect(await found('معرض', { sectionId: sports.id })).toEqual([later.id]);
    expect(await found('معرض', cairoDayRange('2026-01-10', '2026-01-10'))).toEqual([early.id]);
    expect(await found('معرض', cairoDayRange(null, '2026-01-09'))).toEqual([]);
    expect(await found('معرض', cairoDayRange('2026-01-11', null))).toEqual([later.id]);
    expect(await found('معرض', { ...cairoDayRange('2026-01-10', '2026-01-12'), sectionId: egypt.id })).toEqual([
      early.id,
    ]);
  });

  it('pages 20 at a time with the total of all matches, every story once', async () => {
    const section = await createSection();
    for (let i = 0; i < 45; i++) await createArticle(section.id, { title: `مؤتمر اقتصادي رقم ${i}` });
    const pages = await Promise.all([1, 2, 3, 4].map((p) => searchArticles('مؤتمر', {}, p, 20)));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5, 0]);
    expect(pages.map((p) => [p.total, p.pageCount])).toEqual([
      [45, 3],
      [45, 3],
      [45, 3],
      [45, 3],
    ]);
    expect(new Set(pages.flatMap((p) => p.items.map((h) => h.article.id))).size).toBe(45);
  });

  it('ranks the newest matches only, says that more match, and reaches older ones by date', async () => {
    const section = await createSection();
    const now = Date.now();
    const count = SEARCH_CANDIDATES + 5;
    await testDb()
      .insert(articles)
      .values(
        Array.from({ length: count }, (_, i) => ({
          slug: `fair-${i}`,
          title: `معرض الكتاب رقم ${i}`,
          body: { type: 'doc' as const, content: [] },
          status: 'published' as const,
          publishedAt: new Date(now - (i + 1) * DAY),
          sectionId: section.id,
        })),
      );
    const pages = SEARCH_CANDIDATES / 20;
    const [first, last] = await Promise.all([1, pages].map((p) => searchArticles('معرض', {}, p, 20)));
    expect([first!.total, first!.capped, first!.pageCount]).toEqual([SEARCH_CANDIDATES, true, pages]);
    const shown = [...first!.items, ...last!.items].map((h) => h.article.title);
    expect(shown).toContain('معرض الكتاب رقم 0');
    expect(shown).not.toContain(`معرض الكتاب رقم ${count - 1}`);
    const older = await searchArticles('معرض', { until: new Date(now - SEARCH_CANDIDATES * DAY - DAY / 2) }, 1, 20);
    expect([older.total, older.capped]).toEqual([5, false]);
  });

  it('highlights the matched words in the headline and the snippet, in their original spelling', async () => {
    const section = await createSection();
    await createArticle(section.id, {
      title: 'وأعلنت الحكومة خطة جديدة',
      summary: 'ملخص لا يذكر الموضوع.',
      bodyText: `${'كلام تمهيدي طويل '.repeat(20)}وأكد الوزير أن الخطة تبدأ الشهر المقبل. ${'كلام ختامي '.repeat(20)}`,
    });
    const [hit] = (await searchArticles('اكد الوزير', {}, 1, 20)).items;
    const snippet = splitHighlights(hit!.snippet.marked, hit!.snippet.original);
    // Whole words are marked, article and clitics included.
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['وأكد', 'الوزير']);
    expect(snippet.map((s) => s.text).join('')).toContain('وأكد الوزير أن الخطة');
    expect(hit!.snippet).toMatchObject({ cutStart: true, cutEnd: true });

    const [titled] = (await searchArticles('حكومه', {}, 1, 20)).items;
    expect(splitHighlights(titled!.title.marked, titled!.title.original)).toEqual([
      { text: 'وأعلنت ', hit: false },
      { text: 'الحكومة', hit: true },
      { text: ' خطة جديدة', hit: false },
    ]);
  });

  it('finds the snippet in a long body whether the word comes early or late, mapped back letter for letter', async () => {
    const section = await createSection();
    const filler = (word: string) => `${word} يتكرر في هذه الفقرة الطويلة. `.repeat(60);
    await createArticle(section.id, {
      title: 'قصة أولى',
      bodyText: `${filler('تمهيد')}وأكد الوزير أن الخطة تبدأ الشهر المقبل. ${filler('ختام')}`,
    });
    await createArticle(section.id, {
      title: 'قصة ثانية',
      bodyText: `وأكد المحافظ أن الطريق يفتح قريبا. ${filler('تمهيد')}${filler('ختام')}`,
    });
    const snippets = Object.fromEntries(
      (await searchArticles('اكد', {}, 1, 20)).items.map((h) => [
        h.article.title,
        splitHighlights(h.snippet.marked, h.snippet.original),
      ]),
    );
    const expected: [string, string][] = [
      ['قصة أولى', 'وأكد الوزير أن الخطة'],
      ['قصة ثانية', 'وأكد المحافظ أن الطريق'],
    ];
    for (const [title, start] of expected) {
      expect(
        snippets[title]!.filter((s) => s.hit).map((s) => s.text),
        title,
      ).toEqual(['وأكد']);
      expect(snippets[title]!.map((s) => s.text).join(''), title).toContain(start);
    }
  });

  it('shows markup-like text in headline and snippet as typed, never with the tags dropped', async () => {
    const section = await createSection();
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> </b>';
    await createArticle(section.id, {
      title: `زعفران ${hostile}`,
      summary: `زعفران الصعيد ${hostile} في الأسواق.`,
    });
    const [hit] = (await searchArticles('زعفران', {}, 1, 20)).items;
    // PostgreSQL's headline turns each "tag" into a space; the reader must still see every character.
    const shownText = (h: { marked: string; original: string | null }) =>
      splitHighlights(h.marked, h.original)
        .map((s) => s.text)
        .join('');
    expect(shownText(hit!.snippet)).toContain(`الصعيد ${hostile} في`);
    expect(shownText(hit!.title)).toBe(`زعفران ${hostile}`);
  });

  it('suggests close headlines for a misspelt query', async () => {
    const section = await createSection();
    const story = await createArticle(section.id, { title: 'ارتفاع أسعار الذهب في الأسواق' });
    expect(await found('الذهبب')).toEqual([]);
    expect((await similarHeadlines('الذهبب')).map((h) => h.id)).toEqual([story.id]);
  });

  it.each([
    "'; drop table articles; --",
    '!!!',
    'ب'.repeat(500),
    '"unclosed',
    'OR',
    '-',
    '&|!():*<->',
    '\\',
    '""',
    'or or or',
    '%_',
  ])('takes %j without an error', async (query) => {
    const section = await createSection();
    await createArticle(section.id, { title: 'خبر عادي' });
    await expect(searchArticles(query, {}, 1, 20)).resolves.toMatchObject({ page: 1 });
    await expect(similarHeadlines(query)).resolves.toBeInstanceOf(Array);
    expect([null, 'string']).toContain(await suggestQuery(query).then((s) => (s === null ? null : typeof s)));
    const [row] = await testDb().execute<{ n: number }>(sql`select count(*)::int as n from articles`);
    expect(row!.n).toBe(1);
  });
});
