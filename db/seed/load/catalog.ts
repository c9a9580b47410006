import { slugify } from '@/lib/slug';
import { DEMO_SECTIONS } from '../demo-catalog';
import { coinedName, type Random } from './text';
import { FAMILY_NAMES, FIRST_NAMES, OBJECTS, PLACES, TAG_HEADS } from './vocabulary';

// The archive's fixed parts: the demo's eight sections, 200 bylines and 2,000 tags, all unique by slug.

export const LOAD_SECTIONS = DEMO_SECTIONS;

export function loadAuthors(count: number): { slug: string; name: string; bio: string }[] {
  const out: { slug: string; name: string; bio: string }[] = [];
  for (let i = 0; out.length < count; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const family = FAMILY_NAMES[Math.floor(i / FIRST_NAMES.length) % FAMILY_NAMES.length]!;
    // Past every pair of names, a coined second family name keeps bylines apart.
    const extra = i >= FIRST_NAMES.length * FAMILY_NAMES.length ? ` ${coinedName(i)}` : '';
    const name = `${first} ${family}${extra}`;
    out.push({ slug: `load-author-${i + 1}`, name, bio: `محرر في قسم ${LOAD_SECTIONS[i % 8]!.name}.` });
  }
  return out;
}

export function loadTags(count: number): { slug: string; name: string }[] {
  const seen = new Set<string>();
  const out: { slug: string; name: string }[] = [];
  const qualifiers = [...OBJECTS.map((o) => o.replace(/^ال/, '')), ...PLACES];
  for (let i = 0; out.length < count; i++) {
    const head = TAG_HEADS[i % TAG_HEADS.length]!;
    const qualifier = qualifiers[Math.floor(i / TAG_HEADS.length) % qualifiers.length]!;
    const round = Math.floor(i / (TAG_HEADS.length * qualifiers.length));
    const name = round === 0 ? `${head} ${qualifier}` : `${head} ${qualifier} ${coinedName(i)}`;
    const slug = slugify(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ slug, name });
  }
  return out;
}

/** 2 to 5 distinct tag indexes, the first tags far more often (a few subjects run for years). */
export function tagPicks(random: Random, tagCount: number): number[] {
  const picks = new Set<number>();
  const wanted = 2 + Math.floor(random() * 4);
  while (picks.size < wanted) picks.add(Math.floor(tagCount * random() ** 3));
  return [...picks];
}
