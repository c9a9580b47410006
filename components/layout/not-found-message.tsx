import Link from 'next/link';

export function NotFoundMessage() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">الصفحة غير موجودة</h1>
      <p className="mt-4 text-muted">
        ربما نُقلت هذه الصفحة أو لم تُنشر بعد. جرّب العودة إلى الصفحة الرئيسية أو تصفح الأقسام.
      </p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-brand px-5 py-2 font-bold text-white hover:bg-brand-dark">
          العودة إلى الرئيسية
        </Link>
      </p>
    </div>
  );
}
