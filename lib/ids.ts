// Row ids as they arrive in URLs, forms and beacons: the one parser every entry point uses.
//
// An id is written the way the site writes it: plain decimal digits, no sign, spaces or leading
// zeros. "007" is not 7: a URL spelled differently from the canonical one is no article (404) rather
// than a second address for it. Every id column is a PostgreSQL integer, so a larger number names
// no row, and is refused here instead of failing in the database.

export const MAX_ID = 2_147_483_647;

const ID_DIGITS = /^[1-9][0-9]{0,9}$/;

/** The id written in `text`, or null if `text` is not exactly one. */
export function parseId(text: string): number | null {
  if (!ID_DIGITS.test(text)) return null;
  const id = Number(text);
  return id <= MAX_ID ? id : null;
}
