// The audit log's actions as the newsroom names them.
export const AUDIT_ACTION_NAMES: Record<string, string> = {
  publish: 'نشر',
  schedule: 'جدولة',
  unpublish: 'إلغاء النشر',
  archive: 'أرشفة',
  restore: 'استعادة نسخة',
  'user.create': 'إنشاء مستخدم',
  'user.role_change': 'تغيير الدور',
  'user.disable': 'تعطيل مستخدم',
  'user.enable': 'تفعيل مستخدم',
  'user.password_reset': 'إعادة تعيين كلمة المرور',
  'user.password_change': 'تغيير كلمة المرور',
  'section.create': 'إضافة قسم',
  'section.rename': 'تغيير اسم قسم',
  'section.slug_change': 'تغيير رابط قسم',
  'section.reorder': 'ترتيب الأقسام',
};

export const AUDIT_ENTITY_NAMES: Record<string, string> = { article: 'مقال', user: 'مستخدم', section: 'قسم' };
