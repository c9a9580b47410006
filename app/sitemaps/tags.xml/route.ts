import { listTagsWithLastmod } from '@/db/queries/sitemaps';
import { tagPath } from '@/lib/routes/paths';
import { buildUrlset } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml';
import { absoluteUrl } from '@/lib/site-url';

// Tag pages that have something to show: a tag whose stories are all drafts or scheduled is left out.
export const revalidate = 1;

export async function GET(): Promise<Response> {
  const tags = await listTagsWithLastmod();
  return xmlResponse(buildUrlset(tags.map((t) => ({ loc: absoluteUrl(tagPath(t.slug)), lastmod: t.lastmod }))));
}
