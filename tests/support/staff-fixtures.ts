import { asc, eq } from 'drizzle-orm';
import { hashPassword } from '@/auth/password';
import { auditLog, users, type Role } from '@/db/schema';
import { testDb } from './fixtures';

let hash: Promise<string> | null = null;
let counter = 0;

/** A staff account straight in the database; every account's password is STAFF_PASSWORD. */
export const STAFF_PASSWORD = 'correct-horse-battery';

export async function createStaff(role: Role, overrides: Partial<typeof users.$inferInsert> = {}) {
  hash ??= hashPassword(STAFF_PASSWORD);
  counter += 1;
  const [row] = await testDb()
    .insert(users)
    .values({
      email: `${role}-${counter}-${Date.now()}@bawaba.test`,
      name: `${role} ${counter}`,
      role,
      passwordHash: await hash,
      ...overrides,
    })
    .returning();
  return row!;
}

/** Every way a caller can be refused: no session, and each role below the minimum. */
export async function everyone() {
  return {
    admin: await createStaff('admin'),
    editor: await createStaff('editor'),
    writer: await createStaff('writer'),
    disabled: await createStaff('admin', { active: false }),
  };
}

/** A password the rules accept, for tests that set a new one. */
export const NEW_PASSWORD = 'قهوة-الصباح-على-الكورنيش';

/** Every account and audit entry, in order: what a refused user action must leave as it found. */
export async function staffSnapshot() {
  return {
    users: await testDb().select().from(users).orderBy(asc(users.id)),
    audit: await testDb().select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}

export async function userRow(id: number) {
  const [row] = await testDb().select().from(users).where(eq(users.id, id));
  return row!;
}
