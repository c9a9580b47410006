import 'server-only';
import type { User } from 'next-auth';
import { z } from 'zod';
import { beginLoginAttempt, finishLoginAttempt, findUserByEmail, markSignedIn } from '@/db/queries/staff';
import { clientAddress } from '@/lib/client-address';
import { env } from '@/lib/env';
import { verifyPassword } from './password';

export type LoginOutcome = { user: User } | { refused: 'wrong' } | { refused: 'throttled'; retryAt: Date };

const LoginInput = z.object({ email: z.string().trim().max(254), password: z.string().max(1024) });

/**
 * The one gate for passwords (the credentials provider's authorize). Throttling comes first and is
 * counted before any hashing, so a refused attempt costs no CPU and even a right password is refused
 * while blocked; then an unknown email, a wrong password and a disabled account get the same answer,
 * equally slow.
 */
export async function checkLogin(raw: unknown, request: Request | undefined): Promise<LoginOutcome> {
  const parsed = LoginInput.safeParse(raw);
  if (!parsed.success) return { refused: 'wrong' };
  const { email, password } = parsed.data;
  const attempt = await beginLoginAttempt(email, clientAddress(request?.headers, env.TRUST_PROXY_HEADERS));
  if (!attempt.allowed) return { refused: 'throttled', retryAt: attempt.retryAt };

  let user: Awaited<ReturnType<typeof findUserByEmail>> = null;
  let ok = false;
  try {
    user = await findUserByEmail(email);
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
    ok = !!user && user.active && passwordOk;
  } finally {
    // Also when the check threw: a pending row would otherwise count as a failure until it ages out.
    await finishLoginAttempt(attempt.attemptId, ok);
  }
  if (!ok || !user) return { refused: 'wrong' };
  await markSignedIn(user.id);
  return {
    user: {
      id: String(user.id),
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}
