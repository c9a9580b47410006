import { isIPv4 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressForLimits, UNKNOWN_ADDRESS } from '@/lib/address-prefix';

// The per-address limits (sign-in, view counts) count an IPv6 client by its /64 and IPv4 by the
// address, however either is written.

const hex = (h: number) => h.toString(16);
/** Every way the same eight groups may be written: full, zero-padded upper case, compressed, bracketed. */
function spellings(groups: number[]): string[] {
  const full = groups.map(hex).join(':');
  const compressed = new URL(`http://[${full}]`).hostname;
  return [
    full,
    groups.map((h) => hex(h).padStart(4, '0').toUpperCase()).join(':'),
    compressed.slice(1, -1),
    compressed,
    `${compressed}:443`,
    `${compressed.slice(1, -1)}%eth0`,
    ` ${full} `,
  ];
}
const prefixOf = (groups: number[]) =>
  `${new URL(`http://[${[...groups.slice(0, 4), 0, 0, 0, 0].map(hex).join(':')}]`).hostname.slice(1, -1)}/64`;

const hextet = fc.integer({ min: 0, max: 0xffff });
// Eight groups that are not IPv4 written as IPv6 (those are counted as the IPv4 address).
const ipv6Groups = fc
  .array(hextet, { minLength: 8, maxLength: 8 })
  .filter((g) => !(g.slice(0, 5).every((h) => h === 0) && g[5] === 0xffff) && !(g[0] === 0x64 && g[1] === 0xff9b));
const IPV4_OR_PREFIX = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]+\/64)$/;

describe('the address the per-address limits count', () => {
  it('counts every address of one IPv6 /64 as that /64, however it is written', () => {
    const expected = '2001:db8:1:2::/64';
    for (const address of [
      '2001:db8:1:2::1',
      '2001:db8:1:2::ffff',
      '2001:0db8:0001:0002:ffff:ffff:ffff:ffff',
      '2001:DB8:1:2:0:0:0:1',
      '2001:db8:1:2:a:b:c:d',
      '[2001:db8:1:2::5]',
      '[2001:db8:1:2::5]:443',
      '2001:db8:1:2::1%eth0',
      '2001:db8:1:2::198.51.100.7',
      ' 2001:db8:1:2::9 ',
    ])
      expect(addressForLimits(address), address).toBe(expected);
    expect(addressForLimits('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressForLimits('2001:db8::1')).toBe('2001:db8::/64');
    expect(addressForLimits('::1')).toBe('::/64');
    expect(addressForLimits('fe80::1%lo0')).toBe('fe80::/64');
  });

  it('counts IPv4 by the address, also when a dual-stack socket or NAT64 writes it as IPv6', () => {
    for (const address of [
      '198.51.100.7',
      '::ffff:198.51.100.7',
      '::FFFF:198.51.100.7',
      '::ffff:c633:6407',
      '0:0:0:0:0:ffff:c633:6407',
      '[::ffff:198.51.100.7]:8080',
      '198.51.100.7:4711',
      '64:ff9b::198.51.100.7',
      '64:ff9b::c633:6407',
    ])
      expect(addressForLimits(address), address).toBe('198.51.100.7');
    expect(addressForLimits('127.0.0.1')).toBe('127.0.0.1');
    expect(addressForLimits('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('puts anything that is not an address in one shared bucket', () => {
    for (const text of [
      '',
      '   ',
      'unknown',
      'not an address',
      '198.51.100',
      '198.51.100.256',
      '01.2.3.4',
      '2001:db8::g',
      '2001:db8:1:2:3:4:5:6:7',
      '1::2::3',
      '[2001:db8::1',
      '_hidden',
      'x'.repeat(10_000),
    ])
      expect(addressForLimits(text), text.slice(0, 40)).toBe(UNKNOWN_ADDRESS);
  });

  it('gives every spelling of an IPv6 address its /64, the same for the whole /64 and different outside it', () => {
    fc.assert(
      fc.property(ipv6Groups, fc.array(hextet, { minLength: 4, maxLength: 4 }), (groups, otherHost) => {
        const expected = prefixOf(groups);
        for (const spelled of spellings(groups)) expect(addressForLimits(spelled), spelled).toBe(expected);
        // Another interface id in the same /64: the same client.
        expect(addressForLimits([...groups.slice(0, 4), ...otherHost].map(hex).join(':'))).toBe(expected);
      }),
    );
    fc.assert(
      fc.property(ipv6Groups, ipv6Groups, (a, b) => {
        fc.pre(a.slice(0, 4).join() !== b.slice(0, 4).join());
        expect(addressForLimits(a.map(hex).join(':'))).not.toBe(addressForLimits(b.map(hex).join(':')));
      }),
    );
  });

  it('gives an IPv4 address itself, written as IPv4 or as IPv6', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ipv4) => {
        const [a, b, c, d] = ipv4.split('.').map(Number) as [number, number, number, number];
        const high = hex((a << 8) | b);
        const low = hex((c << 8) | d);
        for (const spelled of [ipv4, `::ffff:${ipv4}`, `::ffff:${high}:${low}`, `64:ff9b::${ipv4}`, `${ipv4}:80`])
          expect(addressForLimits(spelled), spelled).toBe(ipv4);
      }),
    );
  });

  it('never throws, and answers an IPv4 address, a /64 or the shared bucket', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV6(), fc.ipV4Extended(), fc.string(), fc.ipV4()), (text) => {
        const counted = addressForLimits(text);
        expect(counted === UNKNOWN_ADDRESS || IPV4_OR_PREFIX.test(counted), `${text} → ${counted}`).toBe(true);
        if (counted !== UNKNOWN_ADDRESS && !counted.endsWith('/64')) expect(isIPv4(counted)).toBe(true);
      }),
    );
  });
});
