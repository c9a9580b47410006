import { describe, expect, it } from 'vitest';
import { excerpt, toPlainText } from '@/lib/body/plain-text';
import { toDocument } from '@/db/seed/build-articles';

describe('plain text of a body', () => {
  it('keeps block boundaries so words never run together', () => {
    const doc = toDocument(['الفقرة الأولى.', '## عنوان', '> اقتباس مهم', 'الفقرة الأخيرة.']);
    expect(toPlainText(doc)).toBe('الفقرة الأولى.\nعنوان\nاقتباس مهم\nالفقرة الأخيرة.');
  });

  it('cuts excerpts at a word boundary', () => {
    const text = 'كلمة '.repeat(60);
    const cut = excerpt(text, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('كلمة…')).toBe(true);
    expect(excerpt('قصير', 50)).toBe('قصير');
  });
});
