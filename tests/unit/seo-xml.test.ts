import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toRfc822 } from '@/lib/seo/rfc822';
import { cdata, element, escapeXml, stripInvalidXmlChars } from '@/lib/seo/xml';

const parse = (xml: string) => new XMLParser({ parseTagValue: false }).parse(xml);

describe('XML escaping', () => {
  it('escapes the five XML specials in text and attribute values', () => {
    expect(escapeXml(`<script>&"'</script>`)).toBe('&lt;script&gt;&amp;&quot;&apos;&lt;/script&gt;');
    expect(escapeXml('خبر عاجل')).toBe('خبر عاجل');
    expect(element('title', 'A & B')).toBe('<title>A &amp; B</title>');
    expect(element('title', '')).toBe('');
  });

  it('round-trips hostile text through a strict parser', () => {
    const hostile = `<b>&amp;</b> "قال" 'هو' ]]> <!-- x --> <![CDATA[ y ]]>`;
    const xml = `<root>${element('t', hostile)}</root>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).root.t).toBe(hostile.trim());
  });

  it('drops characters XML 1.0 forbids and keeps the ones it allows', () => {
    const text = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\tk\nl\rm😀n';
    expect(stripInvalidXmlChars(text)).toBe('abcdefghij\tk\nl\rm😀n');
    expect(escapeXml('x\u0007<')).toBe('x&lt;');
  });

  it('keeps CDATA content verbatim, splitting any ]]> so the section cannot end early', () => {
    const html = '<p>a]]>b</p><p>]]>]]></p>';
    const wrapped = cdata(html);
    expect(wrapped).toBe('<![CDATA[<p>a]]]]><![CDATA[>b</p><p>]]]]><![CDATA[>]]]]><![CDATA[></p>]]>');
    const xml = `<root><c>${wrapped}</c></root>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).root.c).toBe(html);
    expect(cdata('\u0002ok')).toBe('<![CDATA[ok]]>');
  });
});

describe('RFC 822 dates for RSS', () => {
  it('writes Cairo wall-clock time with the winter offset', () => {
    // 12:00 UTC on Saturday 10 January 2026 is 14:00 in Cairo (UTC+2).
    expect(toRfc822(new Date('2026-01-10T12:00:00Z'))).toBe('Sat, 10 Jan 2026 14:00:00 +0200');
    expect(toRfc822(new Date('2026-01-01T22:05:09Z'))).toBe('Fri, 02 Jan 2026 00:05:09 +0200');
  });

  it('writes the summer offset, and the Cairo day when it differs from the UTC one', () => {
    expect(toRfc822(new Date('2024-06-16T09:00:00Z'))).toBe('Sun, 16 Jun 2024 12:00:00 +0300');
    expect(toRfc822(new Date('2024-06-15T22:30:00Z'))).toBe('Sun, 16 Jun 2024 01:30:00 +0300');
  });

  it('names the same instant it was given', () => {
    for (const iso of [
      '2023-04-27T21:59:59Z',
      '2023-04-27T22:00:00Z',
      '2023-10-26T20:30:00Z',
      '2025-12-31T23:59:59Z',
    ]) {
      const date = new Date(iso);
      expect(toRfc822(date)).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/,
      );
      expect(new Date(toRfc822(date)).getTime()).toBe(date.getTime());
    }
  });
});
