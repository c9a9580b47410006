import { sql } from 'drizzle-orm';
import type { LegacyRequest } from '@/lib/routes/legacy-paths';
import { articlePath, sectionPath, tagPath } from '@/lib/routes/paths';
import { readDb } from '..';
import { articles, legacyRedirects, sections, tags } from '../schema';
import { isPublic } from './visibility';

// For the proxy: where an address of the site we moved in from (WordPress) now lives. One primary-key
// probe plus the target's own row; a story that is not public (yet) has no address to give.

/** The new canonical path for an old address, or null (the request then goes on as it would have). */
export async function legacyTarget(request: LegacyRequest): Promise<string | null> {
  const rows = await readDb().execute<{
    article_id: number | null;
    article_slug: string | null;
    section_slug: string | null;
    tag_slug: string | null;
  }>(sql`
    select ${articles.id} as article_id, ${articles.slug} as article_slug, ${sections.slug} as section_slug,
      ${tags.slug} as tag_slug
    from ${legacyRedirects}
    left join ${articles} on ${articles.id} = ${legacyRedirects.articleId} and ${isPublic()}
    left join ${sections} on ${sections.id} = ${legacyRedirects.sectionId}
    left join ${tags} on ${tags.id} = ${legacyRedirects.tagId}
    where ${legacyRedirects.path} = ${request.key}
    limit 1`);
  const row = [...rows][0];
  if (!row) return null;
  if (row.article_id !== null && row.article_slug !== null)
    return articlePath({ id: row.article_id, slug: row.article_slug });
  if (row.section_slug !== null)
    return request.feed ? `${sectionPath(row.section_slug)}/rss.xml` : sectionPath(row.section_slug);
  if (row.tag_slug !== null) return tagPath(row.tag_slug);
  return null;
}
