// WordPress stores slugs and permalinks percent-encoded (`%d8%b3…`); we keep them decoded.

export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw.trim()).normalize('NFC');
  } catch {
    return raw.trim();
  }
}
