import { describe, expect, it } from 'vitest';
import { withoutControlCharacters } from '@/lib/control-characters';

describe('control characters', () => {
  it('drops what HTML and XML refuse, keeps tabs, line breaks and every letter', () => {
    expect(withoutControlCharacters(' \u0001\tjavascript:x')).toBe(' \tjavascript:x');
    expect(withoutControlCharacters('أ\u0000ب\u007fت\u0085ث\u001bج\uFFFEح\uD800خ')).toBe('أبتثجحخ');
    const kept = 'خبر عاجل\r\nسطر ثانٍ\tEGX30 😀 ـ';
    expect(withoutControlCharacters(kept)).toBe(kept);
  });
});
