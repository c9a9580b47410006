import type { Browser, Page } from '@playwright/test';
import { toCairoInputValue } from '../../lib/cairo-time-input';

// The editors of `npm run soak`: signed-in browsers that write stories through the real form and
// its server action, publishing, scheduling and re-saving them, and noting what each action should
// have left in the database.

export interface EditorialRecord {
  id: number;
  title: string;
  kind: 'publish' | 'schedule';
  /** Saves of this story (its creation included): the revisions it must have. */
  saves: number;
  /** For a scheduled story, the minute it was scheduled to. */
  at?: Date;
}

const ACCOUNTS = [
  { email: 'editor@bawaba.test', password: 'demo-editor-bawaba' },
  { email: 'admin@bawaba.test', password: 'demo-admin-bawaba' },
];

export async function signedInEditor(browser: Browser, base: string, index: number): Promise<Page> {
  const account = ACCOUNTS[index % ACCOUNTS.length]!;
  const page = await (await browser.newContext({ baseURL: base, locale: 'ar-EG' })).newPage();
  page.setDefaultTimeout(60_000);
  await page.goto('/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(account.email);
  await page.getByLabel('كلمة المرور').fill(account.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await page.getByTestId('staff-identity').waitFor();
  return page;
}

/** Waits for the editor page a successful save leads to, and returns the status it shows. */
async function savedStatus(page: Page): Promise<string> {
  await page.waitForURL(/\/admin\/articles\/\d+$/);
  return (await page.getByTestId('article-status').textContent())?.trim() ?? '';
}

async function writeStory(page: Page, title: string, section: string) {
  await page.goto('/admin/articles/new');
  await page.getByLabel('العنوان', { exact: true }).fill(title);
  await page.getByLabel('الملخص', { exact: true }).fill(`ملخص ${title}.`);
  const body = page.getByRole('textbox', { name: 'النص', exact: true });
  await body.click();
  await body.pressSequentially('فقرة كتبت أثناء اختبار التحمل.');
  await page.getByLabel('القسم', { exact: true }).selectOption({ label: section });
}

export interface EditorPlan {
  /** When to stop starting new actions. */
  until: number;
  /** No story is scheduled to a minute after this (the soak must see it go live). */
  lastSchedule: number;
  sections: string[];
  onRecord: (record: EditorialRecord) => void;
  /** An action the page did not confirm: a finding of the soak, which then goes on. */
  onFailure: (message: string) => void;
}

// The form schedules to the minute; this much ahead leaves a loaded machine time to save it.
const SCHEDULE_MARGIN_MS = 75_000;
const nextMinute = () => new Date(Math.ceil((Date.now() + SCHEDULE_MARGIN_MS) / 60_000) * 60_000);

/** Publish, schedule, re-save, in turn, until the plan's time is up; every action checked in the page. */
export async function editLoop(page: Page, name: string, plan: EditorPlan): Promise<number> {
  const mine: EditorialRecord[] = [];
  let actions = 0;
  for (let n = 0; Date.now() < plan.until; n++) {
    const title = `خبر التحمل ${name}-${n} ${Date.now() % 1_000_000}`;
    const step = n % 3;
    try {
      if (step === 2 && mine.length) await resave(page, mine[n % mine.length]!, n);
      else {
        await writeStory(page, title, plan.sections[n % plan.sections.length]!);
        const record = await (step === 1 && nextMinute().getTime() <= plan.lastSchedule
          ? schedule(page, title)
          : publish(page, title));
        mine.push(record);
        plan.onRecord(record);
      }
      actions++;
    } catch (error) {
      plan.onFailure(`${name}, action ${n}: ${String(error).split('\n')[0]}`);
    }
  }
  return actions;
}

async function resave(page: Page, story: EditorialRecord, n: number) {
  await page.goto(`/admin/articles/${story.id}`);
  await page.getByLabel('الملخص', { exact: true }).fill(`ملخص معدل ${n} لـ ${story.title}.`);
  await page.getByRole('button', { name: 'حفظ المسودة' }).click();
  await page.getByTestId('form-message').filter({ hasText: 'تم حفظ المسودة.' }).waitFor();
  story.saves++;
}

async function schedule(page: Page, title: string): Promise<EditorialRecord> {
  const at = nextMinute();
  await page.getByLabel('موعد النشر').fill(toCairoInputValue(at));
  await page.getByRole('button', { name: 'جدولة' }).click();
  // "منشور" if the page came back after the minute itself: a slow save, not a wrong one.
  const status = await savedStatus(page);
  if (status !== 'مجدول' && !(status === 'منشور' && Date.now() >= at.getTime())) throw new Error(`status ${status}`);
  return { id: Number(page.url().split('/').pop()), title, kind: 'schedule', saves: 1, at };
}

async function publish(page: Page, title: string): Promise<EditorialRecord> {
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  const status = await savedStatus(page);
  if (status !== 'منشور') throw new Error(`status ${status}`);
  return { id: Number(page.url().split('/').pop()), title, kind: 'publish', saves: 1 };
}
