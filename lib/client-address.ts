import { addressForLimits, UNKNOWN_ADDRESS } from './address-prefix';

// Which address a login attempt or a view comes from, for the per-address limits.
//
// Next.js 16 gives route handlers and server actions no socket. It does fill `x-forwarded-for` from the
// socket (next/dist/server/base-server.js), but only with `??=`: a client that sends its own header
// keeps it, so that header names whoever the client says it is. The server process therefore copies
// the socket's address into SOCKET_ADDRESS_HEADER on every request, overwriting anything a client sent
// under that name (runtime/server/app-server.ts), and that is the address used by default.
//
// Behind a reverse proxy (TRUST_PROXY_HEADERS=true) the socket is the proxy's, and the client is the
// right-most X-Forwarded-For entry: the one the trusted proxy appended. Entries to its left were
// sent by the client and prove nothing.
//
// The answer is the address as the limits count it: an IPv6 client by its /64 (lib/address-prefix.ts).

export const SOCKET_ADDRESS_HEADER = 'x-bawaba-socket-address';

export function clientAddress(headers: Headers | undefined, trustProxyHeaders: boolean): string {
  if (trustProxyHeaders) {
    const hops = (headers?.get('x-forwarded-for') ?? '').split(',');
    const nearest = hops.at(-1)?.trim();
    if (nearest) return addressForLimits(nearest);
  }
  // With no address at all every such attempt shares one bucket: refused together rather than unlimited.
  return addressForLimits(headers?.get(SOCKET_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS);
}
