import { asc, eq } from 'drizzle-orm';
import { db, readDb } from '..';
import type { Database } from '../client';
import { sections } from '../schema';

/** The sections in menu order, for readers' pages (from a replica). */
export async function listSections() {
  return inMenuOrder(readDb());
}

/** The same, from the primary: staff screens show a section the moment it is added or moved. */
export async function listSectionsForStaff() {
  return inMenuOrder(db());
}

function inMenuOrder(from: Database) {
  return from.select().from(sections).orderBy(asc(sections.position), asc(sections.id));
}

export async function getSectionBySlug(slug: string) {
  const [row] = await readDb().select().from(sections).where(eq(sections.slug, slug)).limit(1);
  return row ?? null;
}
