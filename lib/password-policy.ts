// The light half of the staff password rules: limits and messages, cheap enough for the browser
// (the forms show the minimum). The check itself, with its dictionary of ~49,000 common passwords,
// is lib/password-rules.ts and runs on the server only.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'repetitive';

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `كلمة المرور قصيرة: يجب ألا تقل عن ${PASSWORD_MIN} حرفًا.`,
  too_long: `كلمة المرور طويلة جدًا: الحد الأقصى ${PASSWORD_MAX} حرفًا.`,
  common: 'كلمة المرور هذه شائعة ومعروفة لدى المخترقين؛ اختر عبارة أخرى.',
  repetitive: 'كلمة المرور مكررة الأحرف؛ اختر عبارة أقل قابلية للتخمين.',
};
