import Link from 'next/link';
import { authorPath, linkHref, sectionPath } from '@/lib/routes/paths';
import { Dateline } from './dateline';

/** The small line under a story in any listing: its section, its writer when shown, its Cairo time. */
export function CardMeta({
  section,
  author,
  publishedAt,
}: {
  section?: { slug: string; name: string } | null;
  author?: { slug: string; name: string } | null;
  publishedAt: Date;
}) {
  // The dots between the parts come from the stylesheet (`.meta`), hidden from screen readers.
  return (
    <p className="meta">
      {section ? (
        <Link href={sectionPath(section.slug)} className="font-bold text-accent">
          {section.name}
        </Link>
      ) : null}
      {author ? <Link href={linkHref(authorPath(author.slug))}>{author.name}</Link> : null}
      <Dateline date={publishedAt} />
    </p>
  );
}
