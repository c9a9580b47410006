import { describe, expect, it } from 'vitest';
import { splitLatinRuns } from '@/lib/bidi';

const isolated = (text: string) =>
  splitLatinRuns(text)
    .filter((p) => p.isolate)
    .map((p) => p.text);

describe('bidi isolation of Latin runs', () => {
  it('isolates Latin words and phrases with their inner spaces and joiners', () => {
    expect(isolated('أطلقت شركة Nile Tech خدمة 5G في القاهرة')).toEqual(['Nile Tech', '5G']);
    expect(isolated('تحديث Android 16. متاح الآن')).toEqual(['Android 16']);
    expect(isolated('مؤشر EGX30 يرتفع')).toEqual(['EGX30']);
    expect(isolated('لغة C++ وC#')).toEqual(['C++', 'C#']);
  });

  it('isolates numbers whose separators could flip, not plain numbers', () => {
    expect(isolated('في 9-10-2020 وصل 38 زائرًا')).toEqual(['9-10-2020']);
    expect(isolated('بنسبة 3.5 بالمئة')).toEqual(['3.5']);
  });

  it('keeps the text intact', () => {
    for (const text of ['نص عربي فقط', 'Mixed نص (ABC) - 12/5', '']) {
      expect(
        splitLatinRuns(text)
          .map((p) => p.text)
          .join(''),
      ).toBe(text);
    }
  });
});
