import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// WCAG 2.2 AA as axe-core checks it, on every kind of page a reader or an editor signs in from, judged
// as pa11y judges it: with axe's best practices, and a serious or critical check that axe could not
// settle ("needs review": text whose background it cannot tell, a link told apart only by colour
// beside a pseudo-element) counts as a failure, not a pass.
async function expectNoViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const unsettled = results.incomplete.filter((r) => r.impact === 'serious' || r.impact === 'critical');
  const summary = [...results.violations, ...unsettled].map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, path).toEqual([]);
}

async function firstHref(page: Page, selector: string) {
  return (await page.locator(selector).first().getAttribute('href'))!;
}

// Story, tag and byline pages are reached from the newest culture story, whatever the seed made it.
const readerPages: Record<string, (page: Page) => Promise<string>> = {
  home: async () => '/',
  section: async () => '/section/culture',
  article: (page) => storyOf(page),
  tag: async (page) => {
    await page.goto(await storyOf(page));
    return firstHref(page, 'a[rel="tag"]');
  },
  author: async (page) => {
    await page.goto(await storyOf(page));
    return firstHref(page, 'a[rel="author"]');
  },
  'search results': async () => '/search?q=الاقتصاد',
  'search without results': async () => '/search?q=كلمةلاوجودلها',
};

async function storyOf(page: Page) {
  await page.goto('/section/culture');
  return firstHref(page, 'main article h2 a');
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, pathOf] of Object.entries(readerPages)) {
    test(`the ${kind} page passes axe in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const path = await pathOf(page);
      await page.goto(path);
      await expectNoViolations(page, decodeURIComponent(path));
    });
  }
}

test('the login page passes axe', async ({ page }) => {
  await page.goto('/admin/login');
  await expectNoViolations(page, '/admin/login');
});

test('every link, button and field on the front page takes the keyboard focus in reading order, a visible skip link first', async ({
  page,
}) => {
  await page.goto('/');
  // The controls a reader meets on screen, in document order: shown, enabled, and not hidden from
  // assistive technology (a story's picture repeats its headline's link, aria-hidden and out of the
  // tab order, on purpose). Each focus the Tab key moves to is logged as its place in that list.
  const controls = await page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const list = () =>
      [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) =>
          !el.closest('[aria-hidden="true"], [inert]') &&
          !el.matches(':disabled') &&
          el.checkVisibility({ visibilityProperty: true }),
      );
    const focused: string[] = [];
    (window as unknown as { focused: string[] }).focused = focused;
    const describe = (el: Element, i: number) =>
      `${i}: ${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
    document.addEventListener('focusin', (e) =>
      focused.push(describe(e.target as Element, list().indexOf(e.target as HTMLElement))),
    );
    return list().map(describe);
  });
  expect(controls.length).toBeGreaterThan(20);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  for (let i = 1; i < controls.length; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (window as unknown as { focused: string[] }).focused)).toEqual(controls);

  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
