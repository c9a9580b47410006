// The parts of a WordPress export (WXR 1.x) the importer reads, named after the export's elements.

export interface WxrAuthor {
  login: string;
  displayName: string;
}

export interface WxrTerm {
  taxonomy: 'category' | 'post_tag';
  termId: number | null;
  /** Decoded: WordPress writes Arabic slugs percent-encoded. */
  slug: string;
  name: string;
  parentSlug: string;
}

export interface WxrItemTerm {
  domain: string;
  slug: string;
  name: string;
}

export interface WxrItem {
  postId: number;
  postType: string;
  status: string;
  title: string;
  link: string;
  postName: string;
  creator: string;
  content: string;
  excerpt: string;
  /** `YYYY-MM-DD HH:MM:SS` in UTC, or empty (WordPress writes 0000-00-00… for drafts). */
  dateGmt: string;
  /** The same in the old site's local time. */
  date: string;
  isSticky: boolean;
  parent: number;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  /** Only the keys the importer reads (wxr-limits.ts). */
  meta: Record<string, string>;
  /** Fields longer than their limits (wxr-limits.ts), which were not kept: the item is not imported. */
  oversize: string[];
}

/** An author or term with a field longer than its limit: not imported, and reported. */
export interface WxrRefused {
  kind: 'refused';
  record: string;
  name: string;
  reason: string;
}

export type WxrEntry =
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem }
  | WxrRefused;
