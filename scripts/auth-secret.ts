import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';

/**
 * AUTH_SECRET signs staff sessions. A real deployment must set it; the embedded demo and `npm run dev`
 * get one generated once and kept beside the embedded database, so sessions survive restarts.
 */
export function resolveAuthSecret(options: { mayGenerate: boolean; dataDir: string }): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (!options.mayGenerate) {
    throw new Error(
      'AUTH_SECRET is not set. Production refuses to start without it (generate one with `openssl rand -base64 33`).',
    );
  }
  const file = path.join(options.dataDir, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
