import { describe, expect, it } from 'vitest';
import { UNKNOWN_ADDRESS } from '@/lib/address-prefix';
import { clientAddress, SOCKET_ADDRESS_HEADER } from '@/lib/client-address';

const headers = (values: Record<string, string>) => new Headers(values);

describe('the client address used by the login limits', () => {
  it('is the socket address unless a proxy is trusted: X-Forwarded-For is ignored', () => {
    const h = headers({ [SOCKET_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': '203.0.113.1, 203.0.113.2' });
    expect(clientAddress(h, false)).toBe('198.51.100.7');
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.1' }), false)).toBe(UNKNOWN_ADDRESS);
  });

  it('behind a trusted proxy is the right-most X-Forwarded-For hop, never one the client wrote', () => {
    const h = headers({ [SOCKET_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '1.2.3.4, 203.0.113.9' });
    expect(clientAddress(h, true)).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': ' 203.0.113.9 ' }), true)).toBe('203.0.113.9');
    // No usable header (a request that bypassed the proxy): the socket still names someone.
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': 'a, ' }), true)).toBe(
      '10.0.0.2',
    );
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: '10.0.0.2' }), true)).toBe('10.0.0.2');
  });

  it('falls back to one shared bucket when nothing names the client', () => {
    expect(clientAddress(undefined, true)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headers({}), false)).toBe(UNKNOWN_ADDRESS);
  });

  it('counts IPv6 by its /64 and IPv4 written as IPv6 as IPv4, from the socket or the trusted hop', () => {
    const socket = (address: string) => headers({ [SOCKET_ADDRESS_HEADER]: address });
    expect(clientAddress(socket('2001:db8:1:2::1'), false)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(socket('2001:db8:1:2:ffff:ffff:ffff:ffff'), false)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(socket('::ffff:198.51.100.7'), false)).toBe('198.51.100.7');
    const proxied = (hop: string) =>
      headers({ [SOCKET_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': `1.2.3.4, ${hop}` });
    expect(clientAddress(proxied('2001:db8:9:9::abcd'), true)).toBe('2001:db8:9:9::/64');
    expect(clientAddress(proxied('[2001:db8:9:9::1]:51234'), true)).toBe('2001:db8:9:9::/64');
    expect(clientAddress(proxied('203.0.113.9:51234'), true)).toBe('203.0.113.9');
    // Whatever else a hop says names no one: the shared bucket, not a bucket per made-up string.
    expect(clientAddress(proxied('made-up-1'), true)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(proxied('made-up-2'), true)).toBe(UNKNOWN_ADDRESS);
  });
});
