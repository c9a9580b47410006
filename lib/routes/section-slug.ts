// Pure URL rules for the proxy: which requests name a section by its slug, so that a slug an admin
// has since changed can be answered with a 301 to the section's current address.

export interface SectionRequest {
  slug: string;
  /** 1 for /section/<slug>, n for /section/<slug>/page/<n>. */
  page: number;
}

// Slugs are lowercase latin, digits and hyphens (lib/validation/section.ts); anything else cannot
// be a section, old or new, and is left to the page (a 404) without a database lookup.
const SECTION = /^\/section\/([a-z0-9-]{1,60})(?:\/page\/([1-9]\d{0,5}))?\/?$/;

export function parseSectionPath(pathname: string): SectionRequest | null {
  const match = SECTION.exec(pathname);
  if (!match) return null;
  return { slug: match[1]!, page: match[2] ? Number(match[2]) : 1 };
}
