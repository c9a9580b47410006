import fc from 'fast-check';

// The ways a text that looks like a path on this site makes a browser leave it: protocol-relative
// slashes, backslashes (read as slashes), control characters (dropped by URL parsing), dot segments,
// encoded dots. Shared by every check that must keep a path on the site (body links, login's next).
export const OFF_SITE_PATHS = [
  '//evil.example/x',
  '///evil.example/x',
  '/\\evil.example/x',
  '/\\\\evil.example/x',
  '/\t/evil.example/x',
  '/\n/evil.example/x',
  '/\r/evil.example/x',
  '/\u0000/evil.example/x',
  '/news\t/../..//evil.example/x',
  '/.//evil.example/x',
  '/./\\evil.example/x',
  '/news/../..//evil.example/x',
  '/news/%2e%2e/%2E%2E//evil.example/x',
  '/%2e%2e//evil.example/x',
];

/** Arbitrary text, and text built from the pieces those tricks are made of plus `words`. */
export function urlTrickText(words: string[], prefixes: string[] = ['']) {
  const pieces = fc.constantFrom(
    ...['/', '\\', '.', '%', '2', 'e', 'E', 'f', 'F', '\t', '\n', '\u0000', ' ', ':', '@', '?', '#', 'evil'],
    ...words,
  );
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    ...prefixes.map((prefix) => fc.array(pieces, { maxLength: 16 }).map((p) => prefix + p.join(''))),
  );
}
