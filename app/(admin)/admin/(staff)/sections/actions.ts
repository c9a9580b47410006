'use server';

import { revalidatePath } from 'next/cache';
import { ACTION_MESSAGES, staffAction, type ActionState } from '@/auth/action';
import {
  createSection as insertSection,
  moveSection as moveSectionRow,
  updateSection as saveSection,
  type SectionRefusal,
} from '@/db/queries/admin-sections';
import { CreateSectionInput, MoveSectionInput, SECTION_MESSAGES, UpdateSectionInput } from '@/lib/validation/section';

// Section names, order and slugs appear in every reader page's header and footer, so each change
// revalidates the whole site from the root layout down.

function refusal(reason: SectionRefusal, values: Record<string, string>): ActionState {
  switch (reason) {
    case 'slug_taken':
      return { ok: false, message: ACTION_MESSAGES.invalid, errors: { slug: [SECTION_MESSAGES.slugTaken] }, values };
    case 'slug_reserved':
      return { ok: false, message: ACTION_MESSAGES.invalid, errors: { slug: [SECTION_MESSAGES.slugReserved] }, values };
    case 'edge':
      return { ok: false, message: SECTION_MESSAGES.atEdge };
    case 'not_found':
      return { ok: false, message: SECTION_MESSAGES.notFound, values };
  }
}

export const createSection = staffAction(CreateSectionInput, 'admin', async (input, staff, values) => {
  const result = await insertSection(staff.id, input);
  if (!result.ok) return refusal(result.reason, values);
  revalidatePath('/', 'layout');
  return { ok: true, message: SECTION_MESSAGES.created };
});

export const updateSection = staffAction(UpdateSectionInput, 'admin', async (input, staff, values) => {
  const result = await saveSection(staff.id, input);
  if (!result.ok) return refusal(result.reason, values);
  if (!result.changed) return { ok: true, message: SECTION_MESSAGES.unchanged };
  revalidatePath('/', 'layout');
  return { ok: true, message: SECTION_MESSAGES.saved };
});

export const moveSection = staffAction(MoveSectionInput, 'admin', async (input, staff, values) => {
  const result = await moveSectionRow(staff.id, input.id, input.direction);
  if (!result.ok) return refusal(result.reason, values);
  revalidatePath('/', 'layout');
  return { ok: true, message: SECTION_MESSAGES.moved };
});
