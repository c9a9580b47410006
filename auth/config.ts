import type { NextAuthConfig } from 'next-auth';
import { env, isProduction } from '@/lib/env';

// The part of the Auth.js setup with no database or argon2: safe to share. Tokens carry the user id,
// the session version and the id of the server-side session row; the guard re-checks all three
// against the database on every staff request. The cookie's maxAge slides on every refresh; the
// session's absolute end is the row's expires_at, fixed at sign-in to STAFF_SESSION_HOURS.
export const STAFF_SESSION_HOURS = 8;

// Auth.js's built-in pages (sign-in, sign-out, error, "check your email") are English HTML outside
// the site's design and policies: each redirects to our own login form instead.
const LOGIN = '/admin/login';

export const authConfig = {
  pages: { signIn: LOGIN, signOut: LOGIN, error: LOGIN, verifyRequest: LOGIN },
  session: { strategy: 'jwt', maxAge: STAFF_SESSION_HOURS * 60 * 60 },
  // The request's host is trusted only where AUTH_URL is unset: under `next dev` (auth/public-url.ts).
  trustHost: true,
  useSecureCookies: isProduction() && !env.AUTH_INSECURE_COOKIES,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id!;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid!;
      session.user.role = token.role!;
      session.user.sessionVersion = token.sv!;
      session.user.sessionId = token.sid!;
      return session;
    },
  },
} satisfies NextAuthConfig;
