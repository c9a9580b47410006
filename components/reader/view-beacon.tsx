'use client';

import { useEffect, useRef } from 'react';
import { readerId } from '@/lib/views/reader-id';
import { claimView, forgetView } from '@/lib/views/repeat-views';

/**
 * Counts one view of the article once the page has loaded in a reader's browser. The page itself
 * comes from the ISR cache, so the server cannot count it; a beacon is the per-reader request, and
 * it never holds up the page. A reload within half an hour is not sent again
 * (lib/views/repeat-views.ts). Renders nothing. Only the public article page renders it, never the
 * staff preview.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  // Effects run twice in development (Strict Mode): one view per article per mount, not two.
  const sent = useRef<number | null>(null);
  useEffect(() => {
    if (sent.current === articleId) return;
    sent.current = articleId;
    const send = () => {
      const storage = localStorageOrNull();
      if (!claimView(storage, articleId, Date.now())) return;
      // The story's number, then this browser's random id: readers sharing an address each count.
      const id = readerId(storage);
      const body = id ? `${articleId} ${id}` : String(articleId);
      if (navigator.sendBeacon?.('/api/views', body)) return;
      // Offline or refused: the next visit may count it instead.
      void fetch('/api/views', { method: 'POST', body, keepalive: true }).catch(() => forgetView(storage, articleId));
    };
    // A page the browser prerenders speculatively is counted only if the reader actually opens it.
    const doc = document as Document & { prerendering?: boolean };
    if (doc.prerendering) doc.addEventListener('prerenderingchange', send, { once: true });
    else send();
  }, [articleId]);
  return null;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Refused outright when the reader blocks site data.
    return null;
  }
}
