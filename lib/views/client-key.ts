import { createHash } from 'node:crypto';
import type { ViewReader } from './batcher';

// Views are limited per address and de-duplicated per reader in the database, across instances, so
// the keys must be the same on every instance and must not be addresses: a salted SHA-256 of the
// address, and of the address with the browser's own random id. The salt is the deployment's secret,
// so a leaked table cannot be matched against a list of addresses.

function hash(salt: string, ...parts: string[]): string {
  return createHash('sha256').update(salt).update('\0').update(parts.join('\0')).digest('base64url');
}

/** The keys of a reader's view: `readerId` is the browser's random id, or null when it sent none. */
export function viewReader(salt: string, address: string, readerId: string | null): ViewReader {
  return { addressKey: hash(salt, 'address', address), clientKey: hash(salt, 'reader', address, readerId ?? '') };
}
