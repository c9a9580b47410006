import { bigserial, index, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { users } from './staff';

// One row per accepted image upload, kept so the per-user rate and daily volume limits hold across
// every app instance (see modules/media/upload-limits.ts). Rows older than a day are pruned on the next
// upload by the same user.
export const mediaUploads = pgTable(
  'media_uploads',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bytes: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_uploads_user_idx').on(t.userId, t.createdAt)],
);
