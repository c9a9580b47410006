import Link from 'next/link';
import type { ReactNode } from 'react';
import { articlePath, linkHref } from '@/lib/routes/paths';

/** A boxed list beside the main column (آخر الأخبار, الأكثر قراءة), labelled by its own heading. */
export function RailBox({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded bg-wash p-4">
      <h2 id={id} className="rail-title mb-2">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A headline in a rail list, linking to its story. */
export function RailHeadline({ article }: { article: { id: number; slug: string; title: string } }) {
  return (
    <Link href={linkHref(articlePath(article))} className="rail-link">
      {article.title}
    </Link>
  );
}
