import http from 'node:http';
import { SOCKET_ADDRESS_HEADER } from '@/lib/client-address';

const globalForPatch = globalThis as unknown as { bawabaSocketAddress?: boolean };

/**
 * Writes each request's socket address into SOCKET_ADDRESS_HEADER before Next.js sees the request,
 * replacing any value the client sent under that name: the login throttle's per-address limits need
 * an address the client cannot choose, and Next.js 16 hands the app none (lib/client-address.ts).
 * Every http.Server of the process gets it through the prototype, including the one `next start`
 * created before register() ran.
 */
export function recordSocketAddresses(): void {
  if (globalForPatch.bawabaSocketAddress) return;
  globalForPatch.bawabaSocketAddress = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
