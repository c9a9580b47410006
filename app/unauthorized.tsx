import Link from 'next/link';

// Replaces Next's English 401 screen. Kept small: like every root boundary it is part of each page's
// RSC payload.
export default function Unauthorized() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">يلزم تسجيل الدخول</h1>
      <p className="mt-6">
        <Link href="/admin/login" className="text-brand underline">
          تسجيل الدخول
        </Link>
      </p>
    </main>
  );
}
