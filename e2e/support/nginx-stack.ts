import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { env } from '@/lib/env';
import { startStack, type Stack } from '../../scripts/stack/start-stack';

// The production set-up of deploy/ over the suite's database and build: nginx in front of two more
// production server instances, with the diagnostic headers on (X-Upstream names the instance that
// answered, X-Cache-Status what nginx's cache did). The suite's own server is left alone.

export const NGINX_PORT = env.E2E_PORT + 12;
const APP_PORTS = [env.E2E_PORT + 13, env.E2E_PORT + 14];

export async function startTestStack(): Promise<Stack> {
  const url = env.E2E_DATABASE_URL;
  if (!url || !env.AUTH_SECRET) throw new Error('Run the suite with `npm run test:e2e`.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bawaba-stack-'));
  const stack = await startStack({
    dir,
    nginxPort: NGINX_PORT,
    appPorts: APP_PORTS,
    // The suite's secret: the saved staff sessions are good on these instances too.
    database: { url, authSecret: env.AUTH_SECRET },
    // The suite's own SITE_URL names its server; these instances are reached through nginx, and
    // production instances accept sign-ins and actions only from SITE_URL.
    env: { AUTH_INSECURE_COOKIES: 'true', SITE_URL: `http://127.0.0.1:${NGINX_PORT}` },
    diagnosticHeaders: true,
  });
  return {
    ...stack,
    stop: async () => {
      await stack.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request from a loopback address of the test's choosing (any 127.x.y.z reaches nginx on
 * 127.0.0.1), so that the address nginx reports to the app is one no other test uses.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers: init.headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', reject);
    request.end(init.body);
  });
}
