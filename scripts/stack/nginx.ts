import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { renderNginxConfig, type NginxConfig } from './nginx-config';

// nginx as a child of the stack: in the foreground (`daemon off`), with everything it writes (pid,
// logs, temporary files, cache) under one folder, so it disturbs no system nginx.

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

export function nginxBinary(): string | null {
  const found = CANDIDATES.find((file) => fs.existsSync(file));
  if (found) return found;
  return spawnSync('nginx', ['-v']).error === undefined ? 'nginx' : null;
}

export interface RunningNginx {
  process: ChildProcess;
  configFile: string;
  /** Graceful stop (SIGQUIT: requests in flight are finished), then the exit code. */
  stop: () => Promise<number | null>;
}

export type StackNginxConfig = Omit<
  NginxConfig,
  'user' | 'pidFile' | 'errorLog' | 'accessLog' | 'cacheDir' | 'tempDir'
>;

/** Paths of the stack's nginx under `dir`; workers run as whoever runs the stack. */
export function stackNginxConfig(dir: string, config: StackNginxConfig): NginxConfig {
  return {
    ...config,
    user: process.getuid?.() === 0 ? 'root' : null,
    pidFile: path.join(dir, 'nginx.pid'),
    errorLog: path.join(dir, 'nginx-error.log'),
    accessLog: path.join(dir, 'nginx-access.log'),
    cacheDir: path.join(dir, 'cache'),
    tempDir: path.join(dir, 'temp'),
  };
}

export async function startNginx(dir: string, config: NginxConfig, port: number): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx-light)');
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    fs.mkdirSync(path.join(config.tempDir, sub), { recursive: true });
  fs.mkdirSync(config.cacheDir, { recursive: true });
  const configFile = path.join(dir, 'nginx.conf');
  fs.writeFileSync(configFile, renderNginxConfig(config));
  const args = ['-p', dir, '-c', configFile, '-e', config.errorLog];
  const test = spawnSync(binary, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused ${configFile}:\n${test.stderr}`);
  const child = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let printed = '';
  child.stderr!.on('data', (chunk) => (printed += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`nginx did not come up on port ${port}:\n${printed}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    process: child,
    configFile,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
