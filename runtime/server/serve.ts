import { databaseUnreachable } from '../../db/outage-state.js';
import { stopSteps } from '../stop-steps';
import { createAppServer, type RequestHandler } from './app-server';
import { stopOnSignals } from './stop';

export interface ServeOptions {
  dev: boolean;
  port: number;
  /** Every interface when not given, as `next start`. */
  hostname?: string;
}

/**
 * Next.js behind a server of our own, through its documented request handler (`next()` and
 * `app.getRequestHandler()`, docs: app/guides/custom-server): Next still compresses, renders and runs
 * instrumentation.ts's register() in `app.prepare()`; the server adds the client's address, the outage
 * answer, keep-alive, and the ordered stop on SIGTERM and SIGINT.
 */
export async function serve({ dev, port, hostname }: ServeOptions): Promise<void> {
  // Next wants the server before it is prepared; the server listens only once Next has its handler.
  const next: { handle?: RequestHandler } = {};
  const server = createAppServer({
    handle: (request, response) => next.handle!(request, response),
    databaseUnreachable: () => databaseUnreachable(Date.now()),
  });
  // Loaded here, after main.ts has set NODE_ENV (a static import would be hoisted above it).
  const { default: createNext } = await import('next');
  // Next builds each request's own URL from this name and compares a proxy rewrite's origin with it; the
  // proxy sees loopback addresses spelled `localhost` (NextURL), so with `127.0.0.1` here every rewrite
  // (the 404 page's) was taken as external and proxied over HTTP back to this server. We listen on
  // `hostname` ourselves; Next only needs the name its URLs use (e2e/next-contract.spec.ts).
  const app = createNext({ dev, port, hostname: 'localhost', httpServer: server });
  await app.prepare();
  next.handle = app.getRequestHandler();
  // Next's own close first (it may still run work scheduled by the last requests), then the app's steps
  // registered by its runtime: write the views, close the pool (runtime/start.ts).
  stopOnSignals(server, { dev, steps: () => [{ name: 'closing Next.js', run: () => app.close() }, ...stopSteps()] });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  console.log(
    `[server] ${dev ? 'development' : 'production'} server ready on http://${hostname ?? 'localhost'}:${port}`,
  );
}
