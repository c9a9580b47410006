import { shareLinks } from '@/lib/share-links';
import { CopyLinkButton } from './copy-link-button';

export function ShareBar({ url, title }: { url: string; title: string }) {
  return (
    <nav aria-label="مشاركة الخبر" className="my-5 flex flex-wrap items-center gap-2" data-print="hide">
      <span className="text-sm font-bold">شارك:</span>
      <CopyLinkButton url={url} />
      {shareLinks(url, title).map((l) => (
        <a
          key={l.name}
          href={l.href}
          target="_blank"
          rel="noopener noreferrer"
          className="rounded border border-line px-3 py-1 text-sm hover:border-ink"
        >
          {l.name}
        </a>
      ))}
    </nav>
  );
}
