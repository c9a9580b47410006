import Image from 'next/image';
import type { PublicAuthor } from '@/db/queries/authors';
import { safeImageSrc } from '@/lib/body/document';
import { hasRenditions } from '@/lib/image-renditions';

/** The head of an author's page: photo (or their initial), name as the page's h1, and bio. */
export function AuthorProfile({ author, page }: { author: PublicAuthor; page: number }) {
  const photo = safeImageSrc(author.photoUrl);
  return (
    <header className="mb-4 flex items-center gap-4 border-b-4 border-brand pb-4">
      {photo ? (
        <Image
          src={photo}
          alt={`صورة ${author.name}`}
          width={96}
          height={96}
          sizes="96px"
          loading="eager"
          // An upload (or demo drawing) is listed by its stored renditions; any other address is shown
          // as it is, one file, since nothing here resizes images.
          unoptimized={!hasRenditions(photo)}
          className="size-20 shrink-0 rounded-full object-cover sm:size-24"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-20 shrink-0 items-center justify-center rounded-full bg-wash text-3xl font-bold text-accent sm:size-24"
        >
          {initialOf(author.name)}
        </span>
      )}
      <div className="min-w-0">
        <h1 className="text-3xl font-bold">
          {author.name}
          {page > 1 ? <span className="ms-2 text-lg font-normal text-muted">صفحة {page}</span> : null}
        </h1>
        {author.bio ? (
          <p className="mt-1 text-muted" data-testid="author-bio">
            {author.bio}
          </p>
        ) : null}
      </div>
    </header>
  );
}

// The first letter as a reader sees it (a whole grapheme, so a Latin name with an accent stays whole).
function initialOf(name: string): string {
  const [first] = new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(name.trim());
  return first?.segment ?? '';
}
