import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import { createDb } from '../db/client';
import { authors, users } from '../db/schema';
import { env } from '../lib/env';
import type { LaunchCommand } from '../lib/env-variables';
import { checkPassword, PASSWORD_MESSAGES } from '../lib/password-rules';

// Staff accounts at start-up. With no users at all: the first admin from ADMIN_EMAIL/ADMIN_PASSWORD,
// and where demo staff are wanted the three demo accounts (one per role), linked to demo bylines.

/**
 * The demo accounts' passwords are public (README), so they are seeded only where nobody else can be
 * expected to reach the site: `npm run dev` on the embedded PostgreSQL. `npm start` serves a production
 * build, which may well be exposed, even on the embedded default: there they need DEMO_STAFF=true.
 */
export function wantsDemoStaff(command: LaunchCommand, embedded: boolean): boolean {
  return env.DEMO_STAFF ?? (embedded && command === 'dev');
}

export const DEMO_ACCOUNTS = [
  { email: 'admin@bawaba.test', password: 'demo-admin-bawaba', name: 'مدير الموقع', role: 'admin', author: null },
  {
    email: 'editor@bawaba.test',
    password: 'demo-editor-bawaba',
    name: 'هبة الشناوي',
    role: 'editor',
    author: 'heba-elshenawy',
  },
  {
    email: 'writer@bawaba.test',
    password: 'demo-writer-bawaba',
    name: 'مصطفى زكي',
    role: 'writer',
    author: 'mostafa-zaki',
  },
] as const;

export async function bootstrapStaff(url: string, options: { demo: boolean; log: (line: string) => void }) {
  const db = createDb(url, { max: 1 });
  try {
    const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    if (n > 0) return;
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = env;
    if (email && password) {
      const problem = checkPassword(password);
      if (problem) throw new Error(`ADMIN_PASSWORD refused: ${PASSWORD_MESSAGES[problem]}`);
      await db
        .insert(users)
        .values({ email, name: 'المدير', role: 'admin', passwordHash: await hashPassword(password) });
      options.log(`first admin created: ${email}`);
    }
    if (!options.demo) {
      if (!email || !password) {
        options.log('no staff accounts: set ADMIN_EMAIL and ADMIN_PASSWORD (or DEMO_STAFF=true for the demo accounts)');
      }
      return;
    }
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash: await hashPassword(account.password),
        })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (user && account.author)
        await db.update(authors).set({ userId: user.id }).where(eq(authors.slug, account.author));
      options.log(`demo ${account.role}: ${account.email} / ${account.password}`);
    }
  } finally {
    await db.close();
  }
}
