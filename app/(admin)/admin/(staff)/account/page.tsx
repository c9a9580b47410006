import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/admin/account/change-password-form';
import { requireStaffPage } from '@/auth/guard';
import { changeOwnPassword } from './actions';

export const metadata: Metadata = { title: 'تغيير كلمة المرور' };

export default async function AccountPage() {
  const me = await requireStaffPage('writer', '/admin/account');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">تغيير كلمة المرور</h1>
      <p className="mb-4 text-sm text-muted">
        حساب <bdi dir="ltr">{me.email}</bdi>. بعد التغيير تنتهي جلساتك على كل الأجهزة، وتسجّل الدخول من جديد.
      </p>
      <div className="rounded bg-white p-6 shadow-sm">
        <ChangePasswordForm action={changeOwnPassword} />
      </div>
    </div>
  );
}
