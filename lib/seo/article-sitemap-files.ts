// How the articles sitemap is cut into files: one per Cairo calendar month of publication, split
// further (`YYYY-MM-2.xml`, `-3` …) when a month holds more articles than one file may list.

/** The protocol's limit of URLs in one sitemap file (its other limit, 50 MB, is kept by the test). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * Articles per file. Counted before the rows are read, so it must also keep a file under the byte
 * limit: a slug is at most ten words of a 200-character headline, so a `<url>` entry stays under
 * 2,000 bytes even in the worst percent-encoding (9 bytes a character), and 25,000 of them under
 * 50 MB. Unit-tested against that worst case.
 */
export const ARTICLES_PER_SITEMAP = 25_000;

export interface MonthCount {
  /** Cairo calendar month, `YYYY-MM`. */
  month: string;
  count: number;
}

export interface ArticleSitemapFile {
  name: string;
  month: string;
  /** 1 for `YYYY-MM.xml`, n for `YYYY-MM-n.xml`. */
  part: number;
  offset: number;
  limit: number;
}

export function articleSitemapFileName(month: string, part: number): string {
  return part > 1 ? `${month}-${part}.xml` : `${month}.xml`;
}

/** Every file the index lists, oldest month first, each month's parts in order. */
export function planArticleSitemaps(months: MonthCount[], perFile = ARTICLES_PER_SITEMAP): ArticleSitemapFile[] {
  if (!Number.isInteger(perFile) || perFile < 1) throw new RangeError('perFile must be a positive integer');
  const files: ArticleSitemapFile[] = [];
  for (const { month, count } of [...months].sort((a, b) => a.month.localeCompare(b.month))) {
    const parts = Math.ceil(count / perFile);
    for (let part = 1; part <= parts; part++) {
      files.push({
        name: articleSitemapFileName(month, part),
        month,
        part,
        offset: (part - 1) * perFile,
        limit: perFile,
      });
    }
  }
  return files;
}

// `2026-01.xml` or `2026-01-2.xml`; part numbers have no leading zero and `-1` is not a name, so
// every file has exactly one address.
const FILE_NAME = /^(\d{4})-(0[1-9]|1[0-2])(?:-([2-9]|[1-9]\d{1,3}))?\.xml$/;

/** The month and part a requested file name stands for, or null when it cannot be one of ours. */
export function parseArticleSitemapFile(
  name: string,
  perFile = ARTICLES_PER_SITEMAP,
): { month: string; part: number; offset: number; limit: number } | null {
  const match = FILE_NAME.exec(name);
  if (!match) return null;
  const [, year, month, partText] = match;
  if (Number(year) < 1970) return null;
  const part = partText ? Number(partText) : 1;
  return { month: `${year}-${month}`, part, offset: (part - 1) * perFile, limit: perFile };
}
