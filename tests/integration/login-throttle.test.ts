import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkLogin } from '@/auth/login';
import type * as passwordModule from '@/auth/password';
import { verifyPassword } from '@/auth/password';
import { SOCKET_ADDRESS_HEADER } from '@/lib/client-address';
import { resetDatabase } from '../support/fixtures';
import { createStaff, STAFF_PASSWORD } from '../support/staff-fixtures';

// The real password check, counted: how many attempts reached the hashing is what throttling saves.
vi.mock('@/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof passwordModule>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const hashed = () => vi.mocked(verifyPassword).mock.calls.length;

/** The request Auth.js hands to authorize, as Next.js and the server runtime leave its headers. */
function request(socket: string, forwardedFor?: string): Request {
  const headers = new Headers({ [SOCKET_ADDRESS_HEADER]: socket });
  if (forwardedFor !== undefined) headers.set('x-forwarded-for', forwardedFor);
  return new Request('http://127.0.0.1/api/auth/callback/credentials', { method: 'POST', headers });
}

type Outcome = 'signed-in' | 'wrong' | 'throttled';
async function attempt(email: string, password: string, req: Request): Promise<Outcome> {
  const outcome = await checkLogin({ email, password }, req);
  return 'user' in outcome ? 'signed-in' : outcome.refused;
}
const tally = (outcomes: Outcome[]) => ({
  wrong: outcomes.filter((o) => o === 'wrong').length,
  throttled: outcomes.filter((o) => o === 'throttled').length,
});

beforeEach(resetDatabase);
afterEach(() => {
  delete process.env.TRUST_PROXY_HEADERS;
});

describe('login throttling under concurrent guesses', () => {
  it('lets at most 5 of 20 simultaneous wrong passwords for one account from one address reach the check', async () => {
    const owner = await createStaff('editor');
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(owner.email, `guess-${i}`, request('203.0.113.66'))),
    );
    expect(tally(outcomes)).toEqual({ wrong: 5, throttled: 15 });
    expect(hashed()).toBe(5);
    // The guesser's address stays refused, even with the right password.
    expect(await attempt(owner.email, STAFF_PASSWORD, request('203.0.113.66'))).toBe('throttled');
    // The owner, from their own address, is not locked out by someone else's guesses.
    expect(await attempt(owner.email, STAFF_PASSWORD, request('198.51.100.10'))).toBe('signed-in');
  });

  it('refuses an account after 50 unsuccessful attempts from many addresses, the owner included', async () => {
    const owner = await createStaff('writer');
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attempt(owner.email, `guess-${i}`, request(`192.0.2.${i + 1}`))),
    );
    expect(tally(outcomes)).toEqual({ wrong: 50, throttled: 10 });
    expect(hashed()).toBe(50);
    expect(await attempt(owner.email, STAFF_PASSWORD, request('198.51.100.10'))).toBe('throttled');
    expect(hashed()).toBe(50);
  }, 60_000);

  it('throttles unknown emails from one address after the address limit, without hashing', async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 20; i++)
      outcomes.push(await attempt(`nobody-${i}@bawaba.test`, 'any-password', request('203.0.113.77')));
    // Each one is hashed (against the dummy hash, so that an unknown email answers as slowly as a real one).
    expect(tally(outcomes)).toEqual({ wrong: 20, throttled: 0 });
    expect(hashed()).toBe(20);
    const more = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        attempt(`stranger-${i}@bawaba.test`, 'any-password', request('203.0.113.77')),
      ),
    );
    expect(tally(more)).toEqual({ wrong: 0, throttled: 10 });
    expect(hashed()).toBe(20);
    // A real account from that address is refused too: the address limit covers every account.
    const owner = await createStaff('admin');
    expect(await attempt(owner.email, STAFF_PASSWORD, request('203.0.113.77'))).toBe('throttled');
    expect(await attempt(owner.email, STAFF_PASSWORD, request('198.51.100.10'))).toBe('signed-in');
  }, 60_000);
});

describe("the owner's sign-in", () => {
  it("starts no guesser's count again: 5 guesses per address in 15 minutes, however often the owner signs in", async () => {
    const owner = await createStaff('editor');
    const guesser = request('203.0.113.66');
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 4; i++) outcomes.push(await attempt(owner.email, `guess-${i}`, guesser));
    // The owner signs in from home between the guesses, twice.
    expect(await attempt(owner.email, STAFF_PASSWORD, request('198.51.100.10'))).toBe('signed-in');
    outcomes.push(await attempt(owner.email, 'guess-4', guesser));
    expect(await attempt(owner.email, STAFF_PASSWORD, request('198.51.100.10'))).toBe('signed-in');
    outcomes.push(await attempt(owner.email, 'guess-5', guesser));
    expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled']);
    expect(hashed()).toBe(7);
    // The owner is still not locked out by the guesser.
    expect(await attempt(owner.email, STAFF_PASSWORD, request('198.51.100.10'))).toBe('signed-in');
  });

  it('starts no count over all addresses again either: 50 an hour, the owner signing in between', async () => {
    const owner = await createStaff('writer');
    const guesses = (from: number, n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) => attempt(owner.email, `guess-${i}`, request(`192.0.2.${from + i}`))),
      );
    expect(tally(await guesses(1, 40))).toEqual({ wrong: 40, throttled: 0 });
    expect(await attempt(owner.email, STAFF_PASSWORD, request('198.51.100.10'))).toBe('signed-in');
    expect(tally(await guesses(101, 20))).toEqual({ wrong: 10, throttled: 10 });
  }, 60_000);
});

describe('the address the limits count', () => {
  it('ignores X-Forwarded-For without a trusted proxy: a forged hop per guess does not escape the limit', async () => {
    const owner = await createStaff('editor');
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 6; i++)
      outcomes.push(await attempt(owner.email, `guess-${i}`, request('203.0.113.5', `10.9.8.${i}`)));
    expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled']);
  });

  it('behind a trusted proxy counts the right-most X-Forwarded-For hop, not the client-chosen left-most', async () => {
    process.env.TRUST_PROXY_HEADERS = 'true';
    const owner = await createStaff('editor');
    const proxy = '10.0.0.2';
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 6; i++)
      outcomes.push(await attempt(owner.email, `guess-${i}`, request(proxy, `10.9.8.${i}, 203.0.113.5`)));
    expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled']);
    // Another client behind the same proxy is another address: the owner still signs in.
    expect(await attempt(owner.email, STAFF_PASSWORD, request(proxy, '198.51.100.10'))).toBe('signed-in');
  });

  it('counts an IPv6 client by its /64: a fresh address of it per guess does not escape the limits', async () => {
    const owner = await createStaff('editor');
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 6; i++)
      outcomes.push(await attempt(owner.email, `guess-${i}`, request(`2001:db8:1:2:${i}:${i}:${i}:${i + 1}`)));
    expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled']);
    // Unknown emails from that /64 add up to the address limit the same way.
    const strangers: Outcome[] = [];
    for (let i = 0; i < 16; i++)
      strangers.push(
        await attempt(`nobody-${i}@bawaba.test`, 'any', request(`2001:db8:1:2::${(i * 4099).toString(16)}`)),
      );
    expect(tally(strangers)).toEqual({ wrong: 15, throttled: 1 });
    // The next /64 is someone else: the owner signs in from there.
    expect(await attempt(owner.email, STAFF_PASSWORD, request('2001:db8:1:3::1'))).toBe('signed-in');
  }, 60_000);

  it('counts IPv4 written as IPv6 by a dual-stack socket as the IPv4 address', async () => {
    const owner = await createStaff('editor');
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 6; i++)
      outcomes.push(await attempt(owner.email, `guess-${i}`, request(i % 2 ? '::ffff:203.0.113.5' : '203.0.113.5')));
    expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled']);
  });
});
