import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningServer } from '../../db/embedded';
import { env as config } from '../../lib/env';
import { nextEnvironment } from '../next-environment';
import { startProductionServer, type ProductionServer } from '../production-server';
import { COMPILED_SERVER } from '../server-command';
import { startNginx, stackNginxConfig, type RunningNginx } from './nginx';

// The production set-up on one machine: PostgreSQL, two or more production servers of the one
// build, nginx in front as load balancer and page cache. Used by `npm run stack`, the nginx e2e spec
// and `npm run bench`.

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface StackOptions {
  /** Working folder: nginx's configuration, pid, logs, temporary files and cache, the instances' logs. */
  dir: string;
  nginxPort: number;
  /** One instance per port. */
  appPorts: number[];
  /** A database ready to serve and its secret; without it, prepared as `npm start` does. */
  database?: { url: string; authSecret: string };
  /** More environment for the instances. */
  env?: Record<string, string>;
  /** X-Upstream and X-Cache-Status headers (tests). */
  diagnosticHeaders?: boolean;
  /** More nginx server blocks (the bench's static copy). */
  extraServers?: string;
  log?: (line: string) => void;
}

export interface Stack {
  /** nginx's address: what readers use. */
  url: string;
  instances: ProductionServer[];
  nginx: RunningNginx;
  databaseUrl: string;
  /** nginx first (no new requests), then the instances (their last views written), then PostgreSQL. */
  stop: () => Promise<void>;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => {});
  fs.mkdirSync(options.dir, { recursive: true });
  let database = options.database;
  let server: RunningServer | undefined;
  if (!database) {
    const { prepareDatabase } = await import('../prepare-database');
    const prepared = await prepareDatabase('start', log);
    server = prepared.server;
    database = { url: prepared.databaseUrl, authSecret: prepared.authSecret };
  }
  const siteUrl = `http://127.0.0.1:${options.nginxPort}`;
  // One secret for every instance: a session signed by one is read by the others.
  const env = {
    ...nextEnvironment(process.env, database.url, database.authSecret),
    // Canonical, feed and sitemap URLs name nginx, not an instance.
    SITE_URL: config.SITE_URL ?? siteUrl,
    // nginx appends the client's address to X-Forwarded-For; login throttling reads that entry.
    TRUST_PROXY_HEADERS: 'true',
    ...options.env,
  } as Record<string, string>;
  // A build from before the server was compiled into it has no server to start: built again.
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) || !fs.existsSync(path.join(ROOT, COMPILED_SERVER))) {
    log('no production build yet: next build');
    const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const instances: ProductionServer[] = [];
  let nginx: RunningNginx | undefined;
  const stop = async () => {
    await nginx?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    await server?.stop();
  };
  try {
    // All settle before going on, so that a failure stops every instance that did come up.
    const started = await Promise.allSettled(
      options.appPorts.map((port) =>
        startProductionServer({ port, env, logFile: path.join(options.dir, `app-${port}.log`) }),
      ),
    );
    for (const result of started) if (result.status === 'fulfilled') instances.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    log(`app instances on ${options.appPorts.map((p) => `127.0.0.1:${p}`).join(', ')}`);
    const config = stackNginxConfig(options.dir, {
      listen: `127.0.0.1:${options.nginxPort}`,
      serverName: 'localhost',
      upstreams: options.appPorts.map((port) => `127.0.0.1:${port}`),
      cacheMaxSize: '1g',
      mimeTypes: '/etc/nginx/mime.types',
      diagnosticHeaders: options.diagnosticHeaders ?? false,
      extraServers: options.extraServers,
    });
    nginx = await startNginx(options.dir, config, options.nginxPort);
    log(`nginx on ${siteUrl}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${options.nginxPort}`, instances, nginx, databaseUrl: database.url, stop };
}
