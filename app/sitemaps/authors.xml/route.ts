import { listAuthorsWithLastmod } from '@/db/queries/sitemaps';
import { authorPath } from '@/lib/routes/paths';
import { buildUrlset } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml';
import { absoluteUrl } from '@/lib/site-url';

// Author pages of writers with at least one public story.
export const revalidate = 1;

export async function GET(): Promise<Response> {
  const authors = await listAuthorsWithLastmod();
  return xmlResponse(buildUrlset(authors.map((a) => ({ loc: absoluteUrl(authorPath(a.slug)), lastmod: a.lastmod }))));
}
