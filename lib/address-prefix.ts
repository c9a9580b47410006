import { isIPv4, isIPv6 } from 'node:net';

// What the per-address limits (sign-in, view counts) count as one address. An IPv6 client is handed
// a whole /64 by its provider and may use any of its 2^64 addresses, one per request if it likes, so
// an IPv6 address is counted by its /64 prefix. IPv4, and IPv4 written as IPv6 (a dual-stack socket's
// `::ffff:198.51.100.7`, or the NAT64 prefix 64:ff9b::/96), is counted by the IPv4 address.

/** The one bucket for anything that is not an IP address: refused together rather than unlimited. */
export const UNKNOWN_ADDRESS = 'unknown';

// A port may follow an address in a proxy's header: `198.51.100.7:4711`, `[2001:db8::1]:443`.
const BRACKETED = /^\[([^\]]+)\](?::\d{1,5})?$/;
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/;

/** The address as the limits count it: `198.51.100.7`, or `2001:db8:1:2::/64` for any address of that /64. */
export function addressForLimits(raw: string): string {
  const text = raw.trim();
  const address = BRACKETED.exec(text)?.[1] ?? IPV4_WITH_PORT.exec(text)?.[1] ?? text;
  if (isIPv4(address)) return address;
  // A zone (`fe80::1%eth0`) names the host's own interface, not the client.
  const unzoned = address.replace(/%[^%]*$/, '');
  if (!isIPv6(unzoned)) return UNKNOWN_ADDRESS;
  const hextets = ipv6Hextets(unzoned);
  const embedded = embeddedIPv4(hextets);
  if (embedded) return embedded;
  return `${canonicalIPv6([...hextets.slice(0, 4), 0, 0, 0, 0])}/64`;
}

/** RFC 5952's spelling (lower case, zeros compressed), as the WHATWG URL parser writes an IPv6 host. */
function canonicalIPv6(hextets: number[]): string {
  return new URL(`http://[${hextets.map((h) => h.toString(16)).join(':')}]`).hostname.slice(1, -1);
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a dotted IPv4 tail converted. */
function ipv6Hextets(address: string): number[] {
  const groups = (part: string) =>
    part
      ? part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        })
      : [];
  const [head = '', tail] = address.split('::');
  const front = groups(head);
  if (tail === undefined) return front;
  const back = groups(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

// 0:0:0:0:0:ffff/96 (IPv4-mapped) and 64:ff9b:0:0:0:0/96 (RFC 6052's well-known NAT64 prefix).
const IPV4_PREFIXES = [
  [0, 0, 0, 0, 0, 0xffff],
  [0x64, 0xff9b, 0, 0, 0, 0],
];

function embeddedIPv4(hextets: number[]): string | null {
  if (!IPV4_PREFIXES.some((prefix) => prefix.every((h, i) => hextets[i] === h))) return null;
  const [high, low] = [hextets[6]!, hextets[7]!];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
