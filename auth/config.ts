import type { NextAuthConfig } from 'next-auth';
import { env, isProduction } from '@/lib/env';

// The part of the Auth.js setup with no database or argon2: safe to share. Tokens carry the user id
// and session version; the guard re-checks both against the database on every staff request.
export const STAFF_SESSION_HOURS = 8;

export const authConfig = {
  pages: { signIn: '/admin/login' },
  session: { strategy: 'jwt', maxAge: STAFF_SESSION_HOURS * 60 * 60 },
  trustHost: true,
  useSecureCookies: isProduction() && !env.AUTH_INSECURE_COOKIES,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id!;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid!;
      session.user.role = token.role!;
      session.user.sessionVersion = token.sv!;
      return session;
    },
  },
} satisfies NextAuthConfig;
