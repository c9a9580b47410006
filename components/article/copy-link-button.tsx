'use client';

import { useState } from 'react';

/** نسخ الرابط: the one share action that needs script (the clipboard), and nothing else. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="share-link"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(url);
          setCopied(true);
          setTimeout(() => setCopied(false), 2500);
        } catch {
          window.prompt('انسخ الرابط:', url);
        }
      }}
    >
      <span aria-live="polite">{copied ? 'تم نسخ الرابط' : 'نسخ الرابط'}</span>
    </button>
  );
}
