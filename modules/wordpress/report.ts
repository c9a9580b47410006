import type { EditorialStatus } from '@/lib/article-status';

// What `npm run import:wordpress` tells the operator at the end (and the tests read).

export interface ImportReport {
  dryRun: boolean;
  posts: { created: number; updated: number; unchanged: number; conflict: number };
  /** Of the posts created or updated, by status as the newsroom sees it. */
  byStatus: Partial<Record<EditorialStatus, number>>;
  pagesSkipped: number;
  sectionsCreated: number;
  tagsCreated: number;
  authorsCreated: number;
  imagesCreated: number;
  skipped: { wpPostId: number; title: string; reason: string }[];
  /** Authors and terms not imported (a field longer than its limit), with the reason. */
  refused: { what: string; reason: string }[];
  /** Problems that did not stop a post: missing image files, conflicts with local edits. */
  notes: { wpPostId: number; title: string; note: string }[];
  /** Markup and shortcodes left out of bodies, by name. */
  dropped: Record<string, number>;
}

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    posts: { created: 0, updated: 0, unchanged: 0, conflict: 0 },
    byStatus: {},
    pagesSkipped: 0,
    sectionsCreated: 0,
    tagsCreated: 0,
    authorsCreated: 0,
    imagesCreated: 0,
    skipped: [],
    refused: [],
    notes: [],
    dropped: {},
  };
}
