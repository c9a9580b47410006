import Link from 'next/link';

/** "هل تقصد «…»؟": a link to the same search with the misspelt words corrected. */
export function DidYouMean({ suggestion, href }: { suggestion: string; href: string }) {
  return (
    <p className="mb-3 text-lg" data-testid="did-you-mean">
      هل تقصد{' '}
      <Link href={href} className="font-bold text-accent hover:underline">
        «<bdi>{suggestion}</bdi>»
      </Link>
      ؟
    </p>
  );
}
