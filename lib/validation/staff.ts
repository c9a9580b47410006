import { z } from 'zod';
import { PASSWORD_MESSAGES } from '../password-policy';
import { checkPassword } from '../password-rules';
import { ROLE_NAMES, ROLES } from '../roles';
import { RowId } from './row-id';

// What an admin may type into the user forms, and what anyone may type to change their own password.
// Server-side only (it holds the password dictionary): the forms take roles from lib/roles.ts and
// password limits from lib/password-policy.ts.

export const STAFF_MESSAGES = {
  nameRequired: 'أدخل الاسم.',
  nameTooLong: 'الاسم طويل: الحد الأقصى 80 حرفًا.',
  emailInvalid: 'أدخل بريدًا إلكترونيًا صحيحًا، مثل name@example.com.',
  emailTaken: 'هذا البريد الإلكتروني مسجّل لمستخدم آخر.',
  roleInvalid: `اختر دورًا: ${ROLES.map((r) => ROLE_NAMES[r]).join(' أو ')}.`,
  badId: 'المستخدم غير معروف. حدّث الصفحة وأعد المحاولة.',
  notFound: 'المستخدم غير موجود. حدّث الصفحة.',
  selfRole: 'لا يمكنك تغيير دورك بنفسك؛ اطلب ذلك من مدير آخر.',
  selfDisable: 'لا يمكنك تعطيل حسابك بنفسك.',
  selfReset: 'لتغيير كلمة مرورك استخدم صفحة «تغيير كلمة المرور».',
  lastAdmin: 'يجب أن يبقى مدير نشط واحد على الأقل؛ أضف مديرًا آخر أولًا.',
  currentRequired: 'أدخل كلمة المرور الحالية.',
  currentWrong: 'كلمة المرور الحالية غير صحيحة.',
  sameAsCurrent: 'اختر كلمة مرور جديدة تختلف عن الحالية.',
  mismatch: 'كلمتا المرور الجديدتان غير متطابقتين.',
  created: 'تمت إضافة المستخدم.',
  roleChanged: 'تم تغيير الدور، وانتهت جلسات المستخدم.',
  disabled: 'تم تعطيل الحساب، وانتهت جلساته.',
  enabled: 'تم تفعيل الحساب.',
  passwordReset: 'تم تعيين كلمة المرور الجديدة، وانتهت جلسات المستخدم.',
  passwordChanged: 'تم تغيير كلمة المرور، وانتهت جلساتك كلها ومنها هذه الجلسة. سجّل الدخول من جديد.',
  unchanged: 'لم يتغير شيء.',
} as const;

const StaffName = z
  .string({ error: STAFF_MESSAGES.nameRequired })
  .trim()
  .min(1, STAFF_MESSAGES.nameRequired)
  .max(80, STAFF_MESSAGES.nameTooLong);

// Stored lowercased: the unique index is on lower(email) and logins compare lowercased anyway.
const StaffEmail = z
  .string({ error: STAFF_MESSAGES.emailInvalid })
  .trim()
  .toLowerCase()
  .max(254, STAFF_MESSAGES.emailInvalid)
  .pipe(z.email(STAFF_MESSAGES.emailInvalid));

const StaffRoleField = z.enum(ROLES, { error: STAFF_MESSAGES.roleInvalid });

/** A new password: never trimmed or altered, judged by the newsroom's password rules. */
export const NewPassword = z.string({ error: PASSWORD_MESSAGES.too_short }).superRefine((password, ctx) => {
  const problem = checkPassword(password);
  if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem] });
});

const UserId = RowId(STAFF_MESSAGES.badId);

export const CreateUserInput = z.object({
  name: StaffName,
  email: StaffEmail,
  role: StaffRoleField,
  password: NewPassword,
});
export const ChangeRoleInput = z.object({ userId: UserId, role: StaffRoleField });
export const UserIdInput = z.object({ userId: UserId });
export const ResetPasswordInput = z.object({ userId: UserId, password: NewPassword });

export const ChangeOwnPasswordInput = z
  .object({
    currentPassword: z.string({ error: STAFF_MESSAGES.currentRequired }).min(1, STAFF_MESSAGES.currentRequired),
    newPassword: NewPassword,
    confirmPassword: z.string({ error: STAFF_MESSAGES.mismatch }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: STAFF_MESSAGES.mismatch })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: STAFF_MESSAGES.sameAsCurrent });
