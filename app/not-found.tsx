import { NotFoundMessage } from '@/components/layout/not-found-message';

export const metadata = { title: 'الصفحة غير موجودة', robots: { index: false } };

// Only for notFound() outside the reader pages (which have (public)/not-found.tsx inside their layout);
// unmatched URLs get app/global-not-found.tsx. Kept bare: the root boundary is part of every page's
// RSC payload.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4">
      <NotFoundMessage />
    </main>
  );
}
