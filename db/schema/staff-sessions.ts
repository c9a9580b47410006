import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './staff';

// One row per sign-in. The signed cookie only names its row; the guard trusts the row, so logging out
// (revoked_at) ends that session everywhere, and expires_at is fixed at sign-in: refreshing the cookie
// never moves it.
export const staffSessions = pgTable(
  'staff_sessions',
  {
    // 256 random bits, base64url: unguessable, and never derived from the user.
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId, t.expiresAt)],
);
