import { sameOriginPath } from './routes/same-origin-path';

// The login's `next` leads back to the staff page that sent the user to the form, nowhere else:
// not another origin, and not a public page either (a crafted login link has no reason to end there).
const STAFF_PATH = /^\/admin(?:[/?#]|$)/;

/** Where a login may send the user afterwards: a resolved, normalised staff path, else `fallback`. */
export function safeReturnPath(raw: unknown, fallback = '/admin'): string {
  if (typeof raw !== 'string') return fallback;
  const path = sameOriginPath(raw, 512);
  return path && STAFF_PATH.test(path) ? path : fallback;
}
