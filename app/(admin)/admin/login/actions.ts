'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn, signOut } from '@/auth';
import { readSessionToken } from '@/auth/session';
import { revokeStaffSession } from '@/db/queries/staff-sessions';
import { ACTION_MESSAGES, type ActionState } from '@/auth/action';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import { throttleMessage } from '@/lib/login-throttle';
import { safeReturnPath } from '@/lib/safe-redirect';

const WRONG = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';

export async function login(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const email = String(formData.get('email') ?? '').trim();
  const password = String(formData.get('password') ?? '');
  const next = safeReturnPath(formData.get('next'));
  // The password is never sent back to the browser.
  const values = { email, next };
  if (!email || !password) return { ok: false, message: 'أدخل البريد الإلكتروني وكلمة المرور.', values };
  try {
    await signIn('credentials', { email, password, redirectTo: next });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const retryAt = error.code.startsWith('throttled:') ? new Date(error.code.slice('throttled:'.length)) : null;
      return { ok: false, message: retryAt ? throttleMessage(retryAt, new Date()) : WRONG, values };
    }
    // Auth.js wraps what the credentials check threw; a database that did not answer is not a wrong password.
    if (isDatabaseUnavailable(error)) return { ok: false, message: ACTION_MESSAGES.databaseDown, values };
    if (error instanceof AuthError) return { ok: false, message: WRONG, values };
    throw error; // the redirect after a successful sign-in
  }
}

/**
 * Ends the session on the server before clearing the cookie: a copy of the cookie (another tab, a
 * stolen one) is refused from now on.
 */
export async function logout(): Promise<void> {
  const token = await readSessionToken();
  if (token) await revokeStaffSession(token.sessionId);
  await signOut({ redirectTo: '/admin/login' });
}
