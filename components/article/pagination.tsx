import Link from 'next/link';
import { linkHref } from '@/lib/routes/paths';

/** Real links, so crawlers and readers without script page through the archive. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="التنقل بين الصفحات" className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link
          href={linkHref(hrefFor(page - 1))}
          rel="prev"
          className="rounded border border-line px-4 py-2 hover:border-brand"
        >
          الصفحة السابقة
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        صفحة {page} من {pageCount}
      </span>
      {page < pageCount ? (
        <Link
          href={linkHref(hrefFor(page + 1))}
          rel="next"
          className="rounded border border-line px-4 py-2 hover:border-brand"
        >
          الصفحة التالية
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
