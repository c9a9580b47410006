import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { revokeStaffSession, startStaffSession } from '@/db/queries/staff-sessions';
import { authConfig, STAFF_SESSION_HOURS } from './config';
import { checkLogin } from './login';

/** Refused by throttling; the code carries the instant to retry at. */
class LoginThrottled extends CredentialsSignin {
  constructor(retryAt: Date) {
    super();
    this.code = `throttled:${retryAt.toISOString()}`;
  }
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
      async authorize(raw, request) {
        const outcome = await checkLogin(raw, request);
        if ('user' in outcome) {
          const sessionId = await startStaffSession(Number(outcome.user.id), STAFF_SESSION_HOURS);
          return { ...outcome.user, sessionId };
        }
        if (outcome.refused === 'throttled') throw new LoginThrottled(outcome.retryAt);
        return null;
      },
    }),
  ],
});
