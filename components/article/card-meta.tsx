import Link from 'next/link';
import { authorPath, sectionPath } from '@/lib/paths';
import { Dateline } from './dateline';

/** The small line under a story in any listing: its section, its writer when shown, its Cairo time. */
export function CardMeta({
  section,
  author,
  publishedAt,
}: {
  section: { slug: string; name: string };
  author?: { slug: string; name: string } | null;
  publishedAt: Date;
}) {
  return (
    <p className="text-xs text-muted">
      <Link href={sectionPath(section.slug)} className="font-bold text-accent">
        {section.name}
      </Link>
      <span aria-hidden="true"> · </span>
      {author ? (
        <>
          <Link href={authorPath(author.slug)} className="hover:text-accent">
            {author.name}
          </Link>
          <span aria-hidden="true"> · </span>
        </>
      ) : null}
      <Dateline date={publishedAt} />
    </p>
  );
}
