import Link from 'next/link';

const ROLE_NAMES = { admin: 'مدير', editor: 'محرر', writer: 'كاتب' } as const;

export function AdminHeader({
  name,
  role,
  logout,
}: {
  name: string;
  role: keyof typeof ROLE_NAMES;
  logout: () => Promise<void>;
}) {
  return (
    <header className="bg-ink text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <nav aria-label="لوحة التحكم" className="flex items-center gap-4">
          <Link href="/admin" className="text-lg font-bold">
            لوحة التحكم
          </Link>
          <Link href="/admin" className="hover:underline">
            المقالات
          </Link>
          <Link href="/admin/articles/new" className="hover:underline">
            مقال جديد
          </Link>
          {/* Only a convenience: the pages and their actions refuse anyone but an admin themselves. */}
          {role === 'admin' ? (
            <>
              <Link href="/admin/sections" className="hover:underline">
                الأقسام
              </Link>
              <Link href="/admin/users" className="hover:underline">
                المستخدمون
              </Link>
              <Link href="/admin/audit" className="hover:underline">
                سجل التغييرات
              </Link>
            </>
          ) : null}
          <Link href="/" className="text-sm text-gray-300 hover:underline">
            الموقع
          </Link>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span data-testid="staff-identity">
            {name} ({ROLE_NAMES[role]})
          </span>
          <Link href="/admin/account" className="hover:underline">
            تغيير كلمة المرور
          </Link>
          <form action={logout}>
            <button type="submit" className="rounded border border-white/40 px-3 py-1 hover:bg-white/10">
              تسجيل الخروج
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
