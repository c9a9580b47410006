import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './content';

// The views counted in the last half hour, one row per (story, reader): what lets every instance
// refuse a second view of the same story by the same reader, and count how many views one address
// added in the last minute. Keys are salted hashes (lib/views/client-key.ts), never addresses. Rows
// older than the window are deleted by each flush, so the table holds at most half an hour of views.
export const viewClaims = pgTable(
  'view_claims',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // The reader: address and the browser's own random id, hashed together.
    clientKey: text().notNull(),
    // The address alone, hashed: what the per-address limits count.
    addressKey: text().notNull(),
    claimedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.clientKey] }),
    index('view_claims_address_idx').on(t.addressKey, t.claimedAt),
    index('view_claims_claimed_idx').on(t.claimedAt),
  ],
);
