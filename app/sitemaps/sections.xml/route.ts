import { listSectionsWithLastmod } from '@/db/queries/sitemaps';
import { sectionPath } from '@/lib/routes/paths';
import { buildUrlset, newest } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml';
import { absoluteUrl } from '@/lib/site-url';

// The front page and every section's first page; each changes when a story enters it.
export const revalidate = 1;

export async function GET(): Promise<Response> {
  const sections = await listSectionsWithLastmod();
  // Every public story belongs to a section, so the newest of them all dates the front page.
  const home = { loc: absoluteUrl('/'), lastmod: newest(sections.map((s) => s.newestArticle)) };
  return xmlResponse(
    buildUrlset([home, ...sections.map((s) => ({ loc: absoluteUrl(sectionPath(s.slug)), lastmod: s.lastmod }))]),
  );
}
