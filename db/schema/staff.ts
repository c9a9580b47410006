import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../lib/roles';
import { timestamps } from './columns';

export const userRole = pgEnum('user_role', ROLES);

export const users = pgTable(
  'users',
  {
    id: serial().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    role: userRole().notNull(),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    // Bumped on disable, role or password change: every token carrying an older value is dead.
    sessionVersion: integer().notNull().default(1),
    lastLoginAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

// Login throttling lives in the database so that it holds across every app instance. An attempt is
// written before its password is checked (`succeeded` null: pending), so that attempts running at the
// same moment count each other; one left pending by a crash counts as a failure.
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    emailKey: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean(),
    attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.emailKey, t.attemptedAt),
    index('login_attempts_ip_idx').on(t.ip, t.attemptedAt),
  ],
);

export type User = typeof users.$inferSelect;
export type { Role } from '../../lib/roles';
