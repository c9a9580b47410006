import { slugify } from '@/lib/slug';
import { SECTION_NAME_MAX, SECTION_SLUG_MAX, SECTION_SLUG_PATTERN } from '@/lib/validation/section';
import { ensureAuthor, ensureSection, redirectTo, sectionNamed, tagIdBySlug, type Executor } from '../queries/import';
import { htmlText } from '../post-mapping';
import type { ImportReport } from '../report';
import type { ExportScan } from '../adapters/scan-export';

// Categories, tags and authors of the export: the sections, tag addresses and bylines posts refer to.

/**
 * Categories become sections, matched by slug (or, for an Arabic slug, which a section's address cannot
 * be, by name), created when missing, flat: WordPress's parent categories have no counterpart here.
 */
export async function importSections(ex: Executor, scan: ExportScan, report: ImportReport) {
  const sectionOf = new Map<string, number>();
  for (const category of scan.categories.values()) {
    const name = htmlText(category.name).slice(0, SECTION_NAME_MAX) || category.slug;
    const latin = SECTION_SLUG_PATTERN.test(category.slug) && category.slug.length <= SECTION_SLUG_MAX;
    const byName = latin ? null : await sectionNamed(ex, name);
    const fallbackSlug = `category-${category.termId ?? sectionOf.size + 1}`;
    const section = byName
      ? { id: byName, created: false }
      : await ensureSection(ex, { slug: latin ? category.slug : fallbackSlug, name });
    if (section.created) report.sectionsCreated += 1;
    sectionOf.set(category.slug, section.id);
  }
  for (const category of scan.categories.values()) {
    const sectionId = sectionOf.get(category.slug)!;
    for (const path of categoryPaths(scan, category.slug)) await redirectTo(ex, path, { sectionId });
    if (category.termId) await redirectTo(ex, `?cat=${category.termId}`, { sectionId });
  }
  return sectionOf;
}

/** `/category/<slug>` and, for a child, `/category/<parent>/<slug>` (WordPress answers both). */
function categoryPaths(scan: ExportScan, slug: string): string[] {
  const chain = [slug];
  for (let parent = scan.categories.get(slug)?.parentSlug; parent && chain.length < 10;) {
    chain.unshift(parent);
    parent = scan.categories.get(parent)?.parentSlug;
  }
  const paths = [`/category/${slug}`];
  if (chain.length > 1) paths.push(`/category/${chain.join('/')}`);
  return paths.map((p) => p.toLowerCase());
}

/** Old tag archives whose slug differs from the tag's slug here (an Arabic tag's, usually). */
export async function importTagAddresses(ex: Executor, scan: ExportScan) {
  for (const tag of scan.tags.values()) {
    const tagId = await tagIdBySlug(ex, slugify(htmlText(tag.name)));
    if (tagId) await redirectTo(ex, `/tag/${tag.slug}`.toLowerCase(), { tagId });
  }
}

export function bylines(ex: Executor, scan: ExportScan, report: ImportReport) {
  const known = new Map<string, number>();
  return async (login: string): Promise<number | null> => {
    if (!login) return null;
    const hit = known.get(login);
    if (hit) return hit;
    const name = scan.authors.get(login) || login;
    const author = await ensureAuthor(ex, { slug: slugify(login) || `author-${known.size + 1}`, name });
    if (author.created) report.authorsCreated += 1;
    known.set(login, author.id);
    return author.id;
  };
}
