import { expect, type Page } from '@playwright/test';

/** Page object for مقال جديد / تحرير مقال. */
export class ArticleEditor {
  constructor(private readonly page: Page) {}

  async openNew() {
    await this.page.goto('/admin/articles/new');
    await expect(this.page.getByRole('heading', { name: 'مقال جديد' })).toBeVisible();
  }

  async fill(story: { title: string; summary: string; body: string; section: string; tags?: string }) {
    await this.page.getByLabel('العنوان', { exact: true }).fill(story.title);
    await this.page.getByLabel('الملخص', { exact: true }).fill(story.summary);
    const body = this.page.getByRole('textbox', { name: 'النص', exact: true });
    await body.click();
    await body.pressSequentially(story.body);
    await this.page.getByLabel('القسم', { exact: true }).selectOption({ label: story.section });
    if (story.tags) await this.page.getByLabel('الوسوم', { exact: true }).fill(story.tags);
  }

  async uploadLeadImage(path: string, alt: string) {
    await this.page.getByLabel('الصورة الرئيسية').setInputFiles(path);
    // The upload re-encodes three widths and cuts three crops (about a second of CPU): on a shared,
    // loaded test machine that outlasts the default 10 s.
    await expect(this.page.getByTestId('lead-image-preview')).toBeVisible({ timeout: 30_000 });
    await this.page.getByLabel('النص البديل', { exact: true }).fill(alt);
  }

  async press(button: 'حفظ المسودة' | 'إرسال للمراجعة' | 'نشر الآن' | 'جدولة') {
    await this.page.getByRole('button', { name: button }).click();
  }

  message() {
    return this.page.getByTestId('form-message');
  }

  status() {
    return this.page.getByTestId('article-status');
  }
}
