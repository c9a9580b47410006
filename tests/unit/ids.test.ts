import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ID, parseId } from '@/lib/ids';
import { RowId } from '@/lib/validation/row-id';
import { classifyPath } from '@/lib/routes/canonical';
import { parseArticleId } from '@/lib/views/beacon-request';

const anyId = fc.integer({ min: 1, max: MAX_ID });

describe('parseId: one spelling per id', () => {
  it('reads back every id as the site writes it', () => {
    fc.assert(fc.property(anyId, (id) => parseId(String(id)) === id));
  });

  it('accepts a string exactly when it is the canonical spelling of the number it reads as', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789+- .e_x\n٠١'), maxLength: 12 }), (text) => {
        const id = parseId(text);
        if (id === null) return true;
        return Number.isSafeInteger(id) && id >= 1 && id <= MAX_ID && String(id) === text;
      }),
    );
  });

  it('refuses leading zeros, so "007" is not a second address for 7', () => {
    fc.assert(
      fc.property(anyId, fc.integer({ min: 1, max: 3 }), (id, zeros) => parseId('0'.repeat(zeros) + id) === null),
    );
    expect(parseId('007')).toBeNull();
    expect(parseId('0')).toBeNull();
    expect(parseId('00')).toBeNull();
  });

  it('refuses signs, spaces, decimals, exponents and non-ASCII digits', () => {
    fc.assert(
      fc.property(
        anyId,
        fc.constantFrom('+', '-', ' ', '\t', '\n', '.0', 'e0', '_', 'n'),
        fc.boolean(),
        (id, extra, before) => parseId(before ? extra + id : id + extra) === null,
      ),
    );
    for (const text of ['', '1e6', '0x10', '1_000', '١٢٣', '1.0', 'Infinity', 'NaN'])
      expect(parseId(text), text).toBeNull();
  });

  it('refuses numbers beyond the integer columns, which name no row', () => {
    expect(parseId(String(MAX_ID))).toBe(MAX_ID);
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(MAX_ID) + 1n, max: 10n ** 30n }), (n) => parseId(n.toString()) === null),
    );
  });
});

describe('every entry point reads ids with parseId', () => {
  it('forms: RowId parses exactly what parseId does, with the form message otherwise', () => {
    const schema = RowId('رسالة');
    fc.assert(
      fc.property(fc.oneof(anyId.map(String), fc.string({ maxLength: 12 })), (text) => {
        const result = schema.safeParse(text);
        const id = parseId(text);
        return id === null ? !result.success && result.error.issues[0]!.message === 'رسالة' : result.data === id;
      }),
    );
  });

  it('article URLs: only the canonical spelling reaches the canonical-URL check', () => {
    fc.assert(fc.property(anyId, (id) => classifyPath(`/news/${id}/x`).kind === 'article'));
    for (const path of ['/news/007', '/news/0/x', '/news/0001000001/x', '/news/99999999999/x'])
      expect(classifyPath(path), path).toEqual({ kind: 'none' });
  });

  it('view beacons: the number, framed by whitespace at most', () => {
    fc.assert(fc.property(anyId, (id) => parseArticleId(` ${id}\n`) === id));
    expect(parseArticleId('007')).toBeNull();
  });
});
