import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/admin/login-form';
import { Logo } from '@/components/layout/logo';
import { currentStaff } from '@/auth/guard';
import { safeReturnPath } from '@/lib/safe-redirect';
import { login } from './actions';

export const metadata: Metadata = { title: 'تسجيل الدخول' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await currentStaff()) redirect(next);
  return (
    <main id="main" className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-16">
      <div className="text-center">
        <Logo />
      </div>
      <h1 className="text-center text-2xl font-bold">تسجيل الدخول</h1>
      <div className="rounded bg-white p-6 shadow-sm">
        <LoginForm action={login} next={next} />
      </div>
    </main>
  );
}
