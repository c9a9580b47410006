import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './config';
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
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const outcome = await checkLogin(raw, request);
        if ('user' in outcome) return outcome.user;
        if (outcome.refused === 'throttled') throw new LoginThrottled(outcome.retryAt);
        return null;
      },
    }),
  ],
});
