import { sql } from 'drizzle-orm';
import { readDb } from '..';
import { sections, sectionSlugRedirects } from '../schema';

// For the proxy: is this slug a section's current one, one it used to have, or nothing at all?

export type SectionSlugAnswer = { kind: 'current' } | { kind: 'moved'; slug: string };

export async function resolveSectionSlug(slug: string): Promise<SectionSlugAnswer | null> {
  // One round trip, both unique-index lookups; a current slug wins over a stale redirect row.
  const rows = await readDb().execute<{ slug: string; current: boolean }>(sql`
    select ${sections.slug} as slug, true as current from ${sections} where ${sections.slug} = ${slug}
    union all
    select s.slug, false from ${sectionSlugRedirects} r join ${sections} s on s.id = r.section_id
    where r.old_slug = ${slug}`);
  const list = [...rows];
  if (list.some((r) => r.current)) return { kind: 'current' };
  const moved = list[0];
  return moved ? { kind: 'moved', slug: moved.slug } : null;
}
