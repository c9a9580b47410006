import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db } from '..';
import { sections, sectionSlugRedirects } from '../schema';
import { recordAudit, type Transaction } from './audit';

// Section changes for the admin screen: add, rename, change the slug (the old URL keeps working
// through section_slug_redirects) and reorder. Every change is audited in its own transaction.

export type SectionRefusal = 'not_found' | 'slug_taken' | 'slug_reserved' | 'edge';
export type SectionChange = { ok: true; changed: boolean } | { ok: false; reason: SectionRefusal };

// Reordering reads the whole list and renumbers it; slug checks read before they write. One
// transaction-scoped lock keeps concurrent admins from interleaving either.
const SECTION_CHANGES_LOCK = 0x62617702;

function sectionChange<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SECTION_CHANGES_LOCK})`);
    return work(tx);
  });
}

/**
 * A slug is free for this section unless another section uses it now, or used it before and its
 * old links still redirect there (taking it over would silently re-point readers' bookmarks).
 */
async function slugConflict(tx: Transaction, slug: string, sectionId: number | null) {
  const [current] = await tx
    .select({ id: sections.id })
    .from(sections)
    .where(sectionId === null ? eq(sections.slug, slug) : and(eq(sections.slug, slug), ne(sections.id, sectionId)))
    .limit(1);
  if (current) return 'slug_taken' as const;
  const [retired] = await tx
    .select({ sectionId: sectionSlugRedirects.sectionId })
    .from(sectionSlugRedirects)
    .where(eq(sectionSlugRedirects.oldSlug, slug))
    .limit(1);
  if (retired && retired.sectionId !== sectionId) return 'slug_reserved' as const;
  return null;
}

export async function createSection(actorId: number, input: { name: string; slug: string }) {
  return sectionChange(async (tx): Promise<{ ok: true; id: number } | { ok: false; reason: SectionRefusal }> => {
    const conflict = await slugConflict(tx, input.slug, null);
    if (conflict) return { ok: false, reason: conflict };
    const [row] = await tx
      .insert(sections)
      .values({ ...input, position: sql`(select coalesce(max(${sections.position}), 0) + 1 from ${sections})` })
      .returning({ id: sections.id });
    await recordAudit(tx, {
      actorId,
      action: 'section.create',
      entityType: 'section',
      entityId: row!.id,
      details: input,
    });
    return { ok: true, id: row!.id };
  });
}

export async function updateSection(
  actorId: number,
  input: { id: number; name: string; slug: string },
): Promise<SectionChange> {
  return sectionChange(async (tx) => {
    const [before] = await tx.select().from(sections).where(eq(sections.id, input.id)).limit(1);
    if (!before) return { ok: false, reason: 'not_found' };
    if (before.name === input.name && before.slug === input.slug) return { ok: true, changed: false };
    if (before.slug !== input.slug) {
      const conflict = await slugConflict(tx, input.slug, input.id);
      if (conflict) return { ok: false, reason: conflict };
      // The slug comes back into use (a change undone): it must no longer redirect anywhere.
      await tx.delete(sectionSlugRedirects).where(eq(sectionSlugRedirects.oldSlug, input.slug));
      await tx
        .insert(sectionSlugRedirects)
        .values({ oldSlug: before.slug, sectionId: input.id })
        .onConflictDoUpdate({
          target: sectionSlugRedirects.oldSlug,
          set: { sectionId: input.id, createdAt: sql`now()` },
        });
      await recordAudit(tx, {
        actorId,
        action: 'section.slug_change',
        entityType: 'section',
        entityId: input.id,
        details: { from: before.slug, to: input.slug },
      });
    }
    if (before.name !== input.name) {
      await recordAudit(tx, {
        actorId,
        action: 'section.rename',
        entityType: 'section',
        entityId: input.id,
        details: { from: before.name, to: input.name },
      });
    }
    await tx
      .update(sections)
      .set({ name: input.name, slug: input.slug, updatedAt: sql`now()` })
      .where(eq(sections.id, input.id));
    return { ok: true, changed: true };
  });
}

/** Swaps a section with its neighbour, then numbers the whole list 1…n so positions stay tidy. */
export async function moveSection(actorId: number, id: number, direction: 'up' | 'down'): Promise<SectionChange> {
  return sectionChange(async (tx) => {
    const ordered = await tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.id));
    const from = ordered.findIndex((s) => s.id === id);
    if (from < 0) return { ok: false, reason: 'not_found' };
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= ordered.length) return { ok: false, reason: 'edge' };
    [ordered[from], ordered[to]] = [ordered[to]!, ordered[from]!];
    for (const [index, section] of ordered.entries()) {
      if (section.position !== index + 1) {
        await tx
          .update(sections)
          .set({ position: index + 1, updatedAt: sql`now()` })
          .where(eq(sections.id, section.id));
      }
    }
    await recordAudit(tx, {
      actorId,
      action: 'section.reorder',
      entityType: 'section',
      entityId: id,
      details: { direction, from: from + 1, to: to + 1 },
    });
    return { ok: true, changed: true };
  });
}
