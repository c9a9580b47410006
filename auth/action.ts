import 'server-only';
import { z } from 'zod';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import type { Role } from '@/lib/roles';
import { UNAVAILABLE } from '@/lib/unavailable-messages';
import { currentStaff, hasRole, type Staff } from './guard';

// The one wrapper every staff server action goes through: session → role → zod → handler. An action
// cannot forget a step, and every refusal changes nothing and says why, in Arabic.

export interface ActionState {
  ok: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** What the editor typed, so a refused form keeps it. */
  values?: Record<string, string>;
  redirectTo?: string;
  /** The article version after a successful save, for the next save's optimistic lock. */
  version?: number;
}

export const ACTION_MESSAGES = {
  signedOut: 'انتهت جلستك أو لم تعد صالحة. سجّل الدخول مرة أخرى.',
  forbidden: 'ليست لديك صلاحية لتنفيذ هذا الإجراء.',
  invalid: 'راجع الحقول المميزة ثم أعد المحاولة.',
  databaseDown: UNAVAILABLE.staffSave,
} as const;

export function formToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    out[key] = value;
  }
  return out;
}

/** Passwords are never sent back to the browser, whatever the outcome. */
const SECRET_FIELD = /password/i;
function echoable(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELD.test(key)));
}

export function staffAction<S extends z.ZodType>(
  schema: S,
  minimum: Role,
  handler: (input: z.infer<S>, staff: Staff, values: Record<string, string>) => Promise<ActionState>,
) {
  return async (_previous: ActionState | undefined, formData: FormData): Promise<ActionState> => {
    const posted = formToObject(formData);
    const values = echoable(posted);
    try {
      return await checkedThenHandled(posted, values);
    } catch (error) {
      // The session check or the handler could not reach the database: nothing was written (a save is
      // one transaction), so the editor is told so and keeps the form as typed. Anything else (a
      // redirect, a bug) goes on as before.
      if (isDatabaseUnavailable(error)) return { ok: false, message: ACTION_MESSAGES.databaseDown, values };
      throw error;
    }
  };

  async function checkedThenHandled(
    posted: Record<string, string>,
    values: Record<string, string>,
  ): Promise<ActionState> {
    const staff = await currentStaff();
    if (!staff) return { ok: false, message: ACTION_MESSAGES.signedOut, values };
    if (!hasRole(staff, minimum)) return { ok: false, message: ACTION_MESSAGES.forbidden, values };
    const parsed = schema.safeParse(posted);
    if (!parsed.success) {
      return {
        ok: false,
        message: ACTION_MESSAGES.invalid,
        errors: z.flattenError(parsed.error).fieldErrors as ActionState['errors'],
        values,
      };
    }
    return handler(parsed.data, staff, values);
  }
}
