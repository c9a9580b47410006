// The browser's own random id, sent with each view beacon so that readers who share an address (an
// office, a mobile carrier's NAT) are told apart. It names no one and lives only in this browser.
// It is no defence against abuse: a client can send any id it likes, so the server also limits
// what one address adds (db/queries/views.ts).
const KEY = 'bawaba:reader';
const VALID = /^[A-Za-z0-9_-]{16,32}$/;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** This browser's reader id, made on first use; null without usable storage (then the address alone counts). */
export function readerId(storage: Pick<Storage, 'getItem' | 'setItem'> | null): string | null {
  if (!storage) return null;
  try {
    const known = storage.getItem(KEY);
    if (known && VALID.test(known)) return known;
    const id = randomId();
    storage.setItem(KEY, id);
    return id;
  } catch {
    return null;
  }
}
