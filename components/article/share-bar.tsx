import { shareLinks } from '@/lib/share-links';
import { CopyLinkButton } from './copy-link-button';

/** `url` (canonical) is what the copy button copies; the share links carry the short `shareUrl`. */
export function ShareBar({ url, shareUrl }: { url: string; shareUrl: string }) {
  return (
    <nav aria-label="مشاركة الخبر" className="my-5 flex flex-wrap items-center gap-2" data-print="hide">
      <span className="text-sm font-bold">شارك:</span>
      <CopyLinkButton url={url} />
      {shareLinks(shareUrl).map((l) => (
        <a key={l.name} href={l.href} target="_blank" rel="noopener noreferrer" className="share-link">
          {l.name}
        </a>
      ))}
    </nav>
  );
}
