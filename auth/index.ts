import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { findUserByEmail, recentLoginFailures, recordLoginAttempt } from '@/db/queries/staff';
import { revokeStaffSession, startStaffSession } from '@/db/queries/staff-sessions';
import { env } from '@/lib/env';
import { THROTTLE, throttleDecision } from '@/lib/login-throttle';
import { authConfig, STAFF_SESSION_HOURS } from './config';
import { verifyPassword } from './password';

/** Refused by throttling; the code carries the instant to retry at. */
export class LoginThrottled extends CredentialsSignin {
  constructor(retryAt: Date) {
    super();
    this.code = `throttled:${retryAt.toISOString()}`;
  }
}

const LoginInput = z.object({ email: z.string().trim().max(254), password: z.string().max(1024) });

export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The client's address, from the reverse proxy's headers, which are trusted only when
 * TRUST_PROXY_HEADERS=true says a proxy sets them (otherwise anyone could forge one per attempt).
 */
export function clientAddress(request: Request | undefined): string {
  if (!env.TRUST_PROXY_HEADERS) return UNKNOWN_ADDRESS;
  const forwarded = request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request?.headers.get('x-real-ip') || UNKNOWN_ADDRESS;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // A refused login is an expected answer, already recorded in login_attempts, not a server error.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  // Auth.js's own sign-out route ends the server-side session too (the logout action also revokes
  // first, so that a failure there is not swallowed by Auth.js's logger).
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (sid) await revokeStaffSession(sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // The one gate for passwords: throttling first (even a right password is refused while
      // blocked), then the same answer for an unknown email, a wrong password or a disabled account.
      async authorize(raw, request) {
        const parsed = LoginInput.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientAddress(request);
        const failures = await recentLoginFailures(email, ip, THROTTLE.windowMs, {
          account: THROTTLE.perAccount,
          address: THROTTLE.perAddress,
        });
        // Without a known address there is no per-address limit: one shared "unknown" bucket would let
        // 20 bad guesses lock every editor out.
        const decision = throttleDecision(failures.account, ip === UNKNOWN_ADDRESS ? [] : failures.address);
        if (!decision.allowed) throw new LoginThrottled(decision.retryAt);

        const user = await findUserByEmail(email);
        const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
        const ok = !!user && user.active && passwordOk;
        await recordLoginAttempt(email, ip, ok);
        if (!ok) return null;
        return {
          id: String(user.id),
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
          sessionId: await startStaffSession(user.id, STAFF_SESSION_HOURS),
        };
      },
    }),
  ],
});
