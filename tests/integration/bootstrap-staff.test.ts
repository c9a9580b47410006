import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { users } from '@/db/schema';
import { bootstrapStaff } from '../../scripts/bootstrap-staff';
import { resetDatabase, testDb } from '../support/fixtures';

// Start-up staff on an empty users table: no demo accounts unless the launcher asks for them (only
// `npm run dev` on the embedded PostgreSQL, or DEMO_STAFF=true), and a hint instead of silence.
beforeEach(resetDatabase);
afterAll(resetDatabase);

async function emails() {
  return (await testDb().select({ email: users.email }).from(users)).map((u) => u.email).sort();
}

describe('bootstrapStaff', () => {
  it('creates no account without demo staff or a first admin, and says how to get one', async () => {
    const lines: string[] = [];
    await bootstrapStaff(env.DATABASE_URL!, { demo: false, log: (line) => lines.push(line) });
    expect(await emails()).toEqual([]);
    expect(lines.join('\n')).toContain('DEMO_STAFF=true');
  });

  it('creates the demo accounts when asked', async () => {
    await bootstrapStaff(env.DATABASE_URL!, { demo: true, log: () => {} });
    expect(await emails()).toEqual(['admin@bawaba.test', 'editor@bawaba.test', 'writer@bawaba.test']);
  });
});
