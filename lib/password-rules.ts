import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX, PASSWORD_MIN, type PasswordProblem } from './password-policy';

// Staff password rules (NIST 800-63B style): long, not a known common password, no composition rules,
// no upper limit below 128 characters. The common list is zxcvbn's bundled one (~49,000 passwords),
// which is why this module is for the server only: client components take the limits and messages
// from lib/password-policy.ts (the lint rule bawaba/client-boundary enforces it).

export { PASSWORD_MESSAGES, type PasswordProblem } from './password-policy';

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(
    [
      ...((dictionary as Record<string, string[]>)['passwords-common'] ?? []),
      'bawaba123456',
      'bawababawaba',
      'password1234',
      'passwordpassword',
      'administrator',
      'newsroom2024',
    ].map((p) => p.toLowerCase()),
  );
  return common;
}

export function checkPassword(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  if (commonPasswords().has(password.toLowerCase())) return 'common';
  if (new Set(password.toLowerCase()).size < 4) return 'repetitive';
  return null;
}
