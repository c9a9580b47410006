import Link from 'next/link';
import type { ReactNode } from 'react';
import { articlePath } from '@/lib/paths';

/** A boxed list beside the main column (آخر الأخبار, الأكثر قراءة), labelled by its own heading. */
export function RailBox({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded bg-wash p-4">
      <h2 id={id} className="mb-2 border-b-2 border-brand pb-1 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A headline in a rail list, linking to its story. */
export function RailHeadline({ article }: { article: { id: number; slug: string; title: string } }) {
  return (
    <Link href={articlePath(article)} className="font-bold leading-snug hover:text-accent">
      {article.title}
    </Link>
  );
}
