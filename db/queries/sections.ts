import { asc, eq } from 'drizzle-orm';
import { db } from '..';
import { sections } from '../schema';

export async function listSections() {
  return db().select().from(sections).orderBy(asc(sections.position), asc(sections.id));
}

export async function getSectionBySlug(slug: string) {
  const [row] = await db().select().from(sections).where(eq(sections.slug, slug)).limit(1);
  return row ?? null;
}
