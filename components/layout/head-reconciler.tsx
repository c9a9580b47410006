'use client';

import { useEffect } from 'react';

// Works around vercel/next.js#97472 (open in Next 16.4): when a reader follows a link before the
// server-rendered <head> has hydrated, the first page's metadata stays behind, orphaned, next to
// every later page's. Two <link rel="canonical"> would make a phone's share sheet send the front
// page instead of the story, and crawlers of the live DOM read the wrong title and description.

const PAGE_SCOPED =
  'title, meta[name], meta[property], link[rel="canonical"], link[rel="alternate"], link[rel="author"]';
// Site-wide values: identical on every page, so a leftover copy is harmless and left in place.
const SITE_WIDE = new Set(['viewport', 'theme-color', 'color-scheme', 'application-name']);

// Taken when the module first runs, before the router can navigate, so it holds only what the
// server sent with the page.
const serverRendered: Set<Element> =
  typeof document === 'undefined' ? new Set() : new Set(document.head.querySelectorAll(PAGE_SCOPED));

function orphansRemain(): boolean {
  const titles = [...document.head.querySelectorAll('title')];
  return titles.some((t) => serverRendered.has(t)) && titles.some((t) => !serverRendered.has(t));
}

export function HeadReconciler() {
  useEffect(() => {
    // Moved into a fragment rather than removed: should React still own a node after all, its own
    // removal later finds a parent and cannot throw.
    const stash = document.createDocumentFragment();
    const reconcile = () => {
      if ([...serverRendered].every((node) => !node.isConnected)) return observer.disconnect();
      if (!orphansRemain()) return;
      for (const node of serverRendered) {
        const name = node.getAttribute('name');
        if (node.parentNode === document.head && !(name && SITE_WIDE.has(name))) stash.append(node);
      }
      serverRendered.clear();
      observer.disconnect();
    };
    const observer = new MutationObserver(reconcile);
    observer.observe(document.head, { childList: true });
    reconcile();
    return () => observer.disconnect();
  }, []);
  return null;
}
