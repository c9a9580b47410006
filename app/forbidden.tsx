import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">غير مسموح</h1>
      <p className="mt-4 text-muted">ليست لديك صلاحية للوصول إلى هذه الصفحة.</p>
      <p className="mt-6">
        <Link href="/admin" className="text-brand underline">
          العودة إلى لوحة التحكم
        </Link>
      </p>
    </main>
  );
}
