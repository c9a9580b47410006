import fs from 'node:fs';
import path from 'node:path';

// deploy/nginx.conf.template with its {{placeholders}} filled in: the stack renders it for this
// machine, `npm run stack -- example` for a newsroom (deploy/nginx.example.conf).

export const TEMPLATE = path.resolve(import.meta.dirname, '../../deploy/nginx.conf.template');

export interface NginxConfig {
  /** `user` for the worker processes; null leaves the line out (a master not run as root ignores it). */
  user: string | null;
  /** `listen` argument: a port or address:port. */
  listen: string;
  serverName: string;
  /** The app instances, host:port. */
  upstreams: string[];
  pidFile: string;
  errorLog: string;
  /** A file, or null for no access log. */
  accessLog: string | null;
  /** Folder of the page cache, and its bound on disk (nginx size, e.g. 2g). */
  cacheDir: string;
  cacheMaxSize: string;
  /** Folder of nginx's temporary files (request bodies, large upstream answers). */
  tempDir: string;
  mimeTypes: string;
  /** X-Upstream (which instance answered) and X-Cache-Status on every answer: for tests, not for readers. */
  diagnosticHeaders: boolean;
  /** More server blocks, sharing the http-level settings (the bench's static copy). */
  extraServers?: string;
}

export function renderNginxConfig(config: NginxConfig, template = fs.readFileSync(TEMPLATE, 'utf8')): string {
  if (config.upstreams.length === 0) throw new Error('nginx needs at least one app instance');
  const values: Record<string, string> = {
    user: config.user === null ? '' : `user ${config.user};`,
    listen: config.listen,
    serverName: config.serverName,
    upstreams: config.upstreams.map((u) => `        server ${u} max_fails=1 fail_timeout=5s;`).join('\n'),
    pidFile: config.pidFile,
    errorLog: config.errorLog,
    accessLog: config.accessLog === null ? 'off' : `${config.accessLog} bawaba buffer=64k flush=1s`,
    cacheDir: config.cacheDir,
    cacheMaxSize: config.cacheMaxSize,
    tempDir: config.tempDir,
    mimeTypes: config.mimeTypes,
    diagnosticHeaders: config.diagnosticHeaders
      ? [
          '        add_header X-Upstream $upstream_addr always;',
          '        add_header X-Cache-Status $upstream_cache_status always;',
        ].join('\n')
      : '        # Diagnostic headers (X-Upstream, X-Cache-Status) are off.',
    extraServers: config.extraServers ?? '',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`nginx template: unknown placeholder {{${name}}}`);
    return value;
  });
}

/** The configuration a newsroom starts from: two app machines behind one nginx, Debian's paths. */
export const NEWSROOM_EXAMPLE: NginxConfig = {
  user: 'www-data',
  listen: '80',
  serverName: 'www.example.com',
  upstreams: ['10.0.0.11:3000', '10.0.0.12:3000'],
  pidFile: '/run/nginx.pid',
  errorLog: '/var/log/nginx/error.log',
  accessLog: '/var/log/nginx/access.log',
  cacheDir: '/var/cache/nginx/bawaba',
  cacheMaxSize: '2g',
  tempDir: '/var/lib/nginx',
  mimeTypes: '/etc/nginx/mime.types',
  diagnosticHeaders: false,
};

export const EXAMPLE_FILE = path.resolve(import.meta.dirname, '../../deploy/nginx.example.conf');
