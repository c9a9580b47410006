import http from 'node:http';
import { SOCKET_ADDRESS_HEADER } from '../../lib/client-address';
import { outageAwareResponse } from './outage-response';

/**
 * Node's default keep-alive timeout (5 s) is shorter than the idle time of the clients in front of the
 * server (nginx's upstream keepalive, a load balancer, Playwright's request context): a client reusing
 * a socket the server is just closing gets ECONNRESET. The server must always be the side that waits
 * longer.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export type RequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

export interface AppServerOptions {
  /** Next's request handler (`app.getRequestHandler()`), or anything that answers like it. */
  handle: RequestHandler;
  databaseUnreachable: () => boolean;
}

/**
 * The HTTP server in front of Next's handler: it gives every request the address of the socket it
 * came from, turns a failed read during a database outage into the 503 page (outage-response.ts) and
 * keeps idle connections open longer than the clients in front of it.
 */
export function createAppServer({ handle, databaseUnreachable }: AppServerOptions): http.Server {
  const server = http.createServer(
    { ServerResponse: outageAwareResponse(databaseUnreachable) },
    (request, response) => {
      // Next.js 16 hands the app no socket (lib/client-address.ts): the address goes in a header of our
      // own, and whatever a client sent under that name is overwritten here, before Next sees it.
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
      handle(request, response).catch((error: unknown) => {
        console.error(`[server] failed to handle ${request.method} ${request.url}:`, error);
        if (response.headersSent) response.destroy();
        else {
          response.statusCode = 500;
          response.end('Internal Server Error');
        }
      });
    },
  );
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Headers of a request on a reused connection must be allowed at least as long as the idle wait.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;
}
