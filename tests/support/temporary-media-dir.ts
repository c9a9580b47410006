import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';

/**
 * A media folder of the file's own (`MEDIA_DIR`), emptied before each test and removed after the
 * last. Returns a getter: the folder exists only once the file's tests start.
 */
export function temporaryMediaDir(prefix: string): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
    vi.stubEnv('MEDIA_DIR', dir);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
  });
  return () => dir;
}
