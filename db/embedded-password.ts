import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The embedded PostgreSQL's superuser password, one per data folder: generated when the folder is
// initialised and kept beside it (the folder itself belongs to the `postgres` system user), readable
// by its owner only. Anyone else on the machine who can reach 127.0.0.1 no longer knows it.

/** Every embedded folder was initialised with this password before it became per folder. */
export const LEGACY_PASSWORD = 'bawaba-local';

export function superuserPasswordFile(dataDir: string): string {
  const dir = path.resolve(dataDir);
  return path.join(path.dirname(dir), `${path.basename(dir)}.superuser-password`);
}

export function readSuperuserPassword(dataDir: string): string | null {
  try {
    return fs.readFileSync(superuserPasswordFile(dataDir), 'utf8').trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The folder's password, generated the first time. Written exclusively ('wx'), so that two launchers
 * starting together both end up with the one that was written first.
 */
export function ensureSuperuserPassword(dataDir: string): string {
  const existing = readSuperuserPassword(dataDir);
  if (existing) return existing;
  const file = superuserPasswordFile(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // base64url: nothing that needs escaping in a URL or in SQL.
    fs.writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSuperuserPassword(dataDir)!;
}

/** Forgets a password that never reached the server (its change was refused). */
export function removeSuperuserPassword(dataDir: string): void {
  fs.rmSync(superuserPasswordFile(dataDir), { force: true });
}
