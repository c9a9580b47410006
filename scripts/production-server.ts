import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productionServerArgs } from './server-command';

// The app's production server (runtime/server/) on the existing build, for the tests and scripts that need a server of
// their own beside the suite's (a database they stop, a process they signal). DATABASE_URL and the
// rest are read when the server runs, not when it was built, so one build serves any database.

export interface ProductionServer {
  process: ChildProcess;
  base: string;
  /** Everything the server printed, for a failing test's message. */
  output: () => string;
  /** Resident memory of the server and its children, in MiB. */
  rssMiB: () => number;
  /** SIGTERM, then the exit code (null when a signal ended it). */
  stop: () => Promise<number | null>;
}

export interface ServerOptions {
  port: number;
  env: Record<string, string>;
  /**
   * Serve a private copy of the build: a server writes the pages it renders into `.next`, and a second
   * server on another database must not leave its pages where the suite's server may read them.
   */
  privateCopy?: boolean;
  /** Append what the server prints to this file instead of keeping it in memory (long-running servers). */
  logFile?: string;
}

const ROOT = path.resolve(import.meta.dirname, '..');

function privateBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bawaba-next-'));
  // The build without the compiler's cache (large, and only `next build` reads it).
  fs.cpSync(path.join(ROOT, '.next'), path.join(dir, '.next'), {
    recursive: true,
    filter: (source) => source !== path.join(ROOT, '.next', 'cache'),
  });
  // next.config.js loads the page cache handler, the header policy and the server's compiler from
  // these, unbundled; the compiled server (in .next) imports Next.js from node_modules.
  for (const shared of ['node_modules', 'public', 'lib', 'runtime', 'db'])
    fs.symlinkSync(path.join(ROOT, shared), path.join(dir, shared));
  for (const file of ['next.config.js', 'package.json']) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  return dir;
}

export async function startProductionServer({
  port,
  env,
  privateCopy,
  logFile,
}: ServerOptions): Promise<ProductionServer> {
  const cwd = privateCopy ? privateBuild() : ROOT;
  const log = logFile === undefined ? 'pipe' : fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, productionServerArgs(port), {
    cwd,
    // Its own address is its public one (redirects are built from SITE_URL) unless the caller says otherwise.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', log, log],
  });
  if (typeof log === 'number') fs.closeSync(log);
  let printed = '';
  child.stdout?.on('data', (chunk) => (printed += chunk));
  child.stderr?.on('data', (chunk) => (printed += chunk));
  const output = () => (logFile === undefined ? printed : fs.readFileSync(logFile, 'utf8').slice(-20_000));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${base}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the server did not come up:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    process: child,
    base,
    output,
    rssMiB: () => rssMiB(child.pid!),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (privateCopy) fs.rmSync(cwd, { recursive: true, force: true });
      return code;
    },
  };
}

function rssMiB(pid: number): number {
  const out = spawnSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)]).stdout.toString();
  const kib = out
    .split('\n')
    .map(Number)
    .filter(Boolean)
    .reduce((a, b) => a + b, 0);
  return kib / 1024;
}
