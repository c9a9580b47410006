import { dictionary } from '@zxcvbn-ts/language-common';

// Staff password rules (NIST 800-63B style): long, not a known common password, no composition rules,
// no upper limit below 128 characters. The common list is zxcvbn's bundled one (~49,000 passwords).

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

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

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'repetitive';

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `كلمة المرور قصيرة: يجب ألا تقل عن ${PASSWORD_MIN} حرفًا.`,
  too_long: `كلمة المرور طويلة جدًا: الحد الأقصى ${PASSWORD_MAX} حرفًا.`,
  common: 'كلمة المرور هذه شائعة ومعروفة لدى المخترقين؛ اختر عبارة أخرى.',
  repetitive: 'كلمة المرور مكررة الأحرف؛ اختر عبارة أقل قابلية للتخمين.',
};

export function checkPassword(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  if (commonPasswords().has(password.toLowerCase())) return 'common';
  if (new Set(password.toLowerCase()).size < 4) return 'repetitive';
  return null;
}
