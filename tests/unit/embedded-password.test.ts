import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureSuperuserPassword,
  LEGACY_PASSWORD,
  readSuperuserPassword,
  removeSuperuserPassword,
  superuserPasswordFile,
} from '@/db/embedded-password';

// The embedded PostgreSQL's superuser password: random per data folder, generated once, kept beside
// the folder for its owner only. No server is started here; db/embedded.ts only reads and writes it.
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bawaba-pg-password-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the embedded superuser password', () => {
  it('is generated once, beside the data folder, readable by its owner only', () => {
    const dir = path.join(root, '.data', 'postgres');
    expect(readSuperuserPassword(dir)).toBeNull();
    const password = ensureSuperuserPassword(dir);
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(password).not.toBe(LEGACY_PASSWORD);
    const file = superuserPasswordFile(dir);
    expect(file).toBe(path.join(root, '.data', 'postgres.superuser-password'));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The cluster's own folder is left for initdb, which wants it empty.
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('is read back on later starts, not replaced', () => {
    const dir = path.join(root, 'postgres');
    const first = ensureSuperuserPassword(dir);
    expect(ensureSuperuserPassword(dir)).toBe(first);
    expect(readSuperuserPassword(dir)).toBe(first);
  });

  it('differs from one data folder to another', () => {
    expect(ensureSuperuserPassword(path.join(root, 'a'))).not.toBe(ensureSuperuserPassword(path.join(root, 'b')));
  });

  it('reuses a file already there, whoever wrote it', () => {
    const dir = path.join(root, 'postgres');
    fs.writeFileSync(superuserPasswordFile(dir), 'written-first\n', { mode: 0o600 });
    expect(ensureSuperuserPassword(dir)).toBe('written-first');
  });

  it('is forgotten when its change never reached the server', () => {
    const dir = path.join(root, 'postgres');
    ensureSuperuserPassword(dir);
    removeSuperuserPassword(dir);
    expect(readSuperuserPassword(dir)).toBeNull();
  });
});
