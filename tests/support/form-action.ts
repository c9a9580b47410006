import type { ActionState } from '@/auth/action';
import { fields } from './article-form';

export type FormAction = (state: ActionState | undefined, form: FormData) => Promise<ActionState>;

/** Posts values to a server action as a form's first submission does (no previous state). */
export const callAction = (action: FormAction, values: Record<string, string | number>) =>
  action(undefined, fields(values));
