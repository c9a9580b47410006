import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { revokeStaffSession, startStaffSession } from '@/db/queries/staff-sessions';
import { authConfig, STAFF_SESSION_HOURS } from './config';
import { liveSessionStaff } from './live-session';
import { createAuthErrorLogger } from './logger';
import { checkLogin } from './login';
import { pinAuthUrl } from './public-url';
import { sessionTokenFrom } from './token-claims';

/** Refused by throttling; the code carries the instant to retry at. */
class LoginThrottled extends CredentialsSignin {
  constructor(retryAt: Date) {
    super();
    this.code = `throttled:${retryAt.toISOString()}`;
  }
}

pinAuthUrl();

const serverConfig = {
  ...authConfig,
  // Refusals (a forged cookie, a wrong password, a missing CSRF token) on one line; faults in full.
  logger: { error: createAuthErrorLogger() },
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
} satisfies NextAuthConfig;

// For server code: pages, actions and route handlers read the cookie through auth() and then ask the
// guard (auth/guard.ts), which checks the session row itself, so auth() does not query it twice.
export const { auth, signIn, signOut } = NextAuth(serverConfig);

// Auth.js's HTTP endpoints (/api/auth/*) answer the browser without passing the guard: their
// session (`GET /api/auth/session`) checks the row on every call, and a revoked, expired or
// superseded session is no session there either: Auth.js answers `null` and clears the cookie, as
// for no cookie at all. When the database cannot be asked, the check throws, and Auth.js answers no
// session as well (the site's own pages never call this endpoint).
export const { handlers } = NextAuth({
  ...serverConfig,
  callbacks: {
    ...serverConfig.callbacks,
    async jwt(params) {
      const token = serverConfig.callbacks.jwt(params);
      // Signing in: the row was opened a moment ago, by authorize.
      if (params.user) return token;
      const claims = sessionTokenFrom(token.uid, token.sv, token.sid);
      return claims && (await liveSessionStaff(claims)) ? token : null;
    },
  },
});
