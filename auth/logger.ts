import { AuthError, CredentialsSignin } from 'next-auth';

// Auth.js logs every refusal as an error with its stack: one per forged cookie, per stray GET on the
// credentials callback, per wrong password. Those are answers to strangers, not faults, so they get
// one line each (still visible, still countable); anything else keeps Auth.js's full report.

type Write = (line: string) => void;

/** The error types Auth.js raises for a request it refuses, not for a fault of ours. */
const REFUSALS = new Set(['MissingCSRF', 'UnknownAction', 'InvalidProvider', 'InvalidCallbackUrl']);

/** Errors `jose` and Auth.js's own decoder throw for a cookie that is not one of ours. */
function isUndecodableToken(cause: unknown): boolean {
  if (!(cause instanceof Error)) return false;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' && /^ERR_(JWE|JWT|JWS|JOSE)_/.test(code)) return true;
  return cause.message === 'Invalid JWT' || cause.message === 'no matching decryption secret';
}

function causeOf(error: AuthError): unknown {
  const cause = error.cause as { err?: unknown } | undefined;
  return cause && typeof cause === 'object' && 'err' in cause ? cause.err : undefined;
}

/** The one-line description of an expected refusal, or null when `error` is a real fault. */
export function refusalLine(error: Error): string | null {
  if (!(error instanceof AuthError)) return null;
  if (error instanceof CredentialsSignin) return `[auth] refused: ${error.type} (${error.code})`;
  // InvalidProvider is also a GET on the credentials callback.
  if (REFUSALS.has(error.type)) return `[auth] refused: ${error.type}`;
  if (error.type === 'JWTSessionError' && isUndecodableToken(causeOf(error)))
    return `[auth] refused: ${error.type}, a session cookie that does not decode`;
  return null;
}

/** Auth.js's `logger.error`: refusals on one line, faults with their stack and cause. */
export function createAuthErrorLogger(warn: Write = console.warn, fail: (...data: unknown[]) => void = console.error) {
  return (error: Error) => {
    const line = refusalLine(error);
    if (line) return warn(line);
    // Node prints the stack and the cause (Auth.js keeps the original error there).
    fail(error);
  };
}
