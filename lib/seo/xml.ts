// The few XML primitives every sitemap and feed is built from. Everything that reaches a document
// passes through `escapeXml` or `cdata`, so stored text can never break the markup or inject it.

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

// XML 1.0 allows only tab, line feed, carriage return and the ranges below; anything else (other
// control characters, lone surrogates, U+FFFE/U+FFFF) makes the whole document unreadable to a
// strict parser, so it is dropped rather than escaped (a character reference would be invalid too).
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe for an element's content or an attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A CDATA section holding `text` verbatim (for HTML in `content:encoded`). A literal `]]>` would end
 * the section early, so it is split across two sections: `]]` closes one and `>` opens the next.
 */
export function cdata(text: string): string {
  return `<![CDATA[${stripInvalidXmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** `<name>escaped text</name>`, or nothing when there is no value. */
export function element(name: string, text: string | null | undefined): string {
  return text == null || text === '' ? '' : `<${name}>${escapeXml(text)}</${name}>`;
}

/** An XML document served with its content type; caching comes from the route's `revalidate`. */
export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8'): Response {
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

export function notFoundResponse(): Response {
  return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
