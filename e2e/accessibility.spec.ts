import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { READER_PAGES, readerPages } from './support/reader-pages';

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

// Every kind of reader page, in both themes. The themes differ only in CSS (`prefers-color-scheme`, no
// script and no transition reads it), so one load is checked light, then dark. The kinds run in
// parallel: each is a page load and two axe runs, and no kind needs another.
test.describe('reader pages', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const kind of READER_PAGES) {
    test(`the ${kind} page passes axe in the light and the dark theme`, async ({ page, request }) => {
      const path = (await readerPages(request))[kind];
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expectNoViolations(page, `${decodeURIComponent(path)} (light)`);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await expectNoViolations(page, `${decodeURIComponent(path)} (dark)`);
    });
  }
});

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
