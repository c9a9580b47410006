/** Where a login may send the user afterwards: only a path on this site, never another origin. */
export function safeReturnPath(raw: unknown, fallback = '/admin'): string {
  if (typeof raw !== 'string' || raw.length > 512) return fallback;
  // One leading slash, then no slash or backslash (//evil.example and /\evil.example are other sites).
  if (!/^\/(?![/\\])/.test(raw) || /[\u0000-\u001f\\]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, 'http://this.site');
    return url.origin === 'http://this.site' ? url.pathname + url.search : fallback;
  } catch {
    return fallback;
  }
}
