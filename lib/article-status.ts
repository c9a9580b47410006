// Statuses as the newsroom sees them, listed once: the database enum (db/schema/content.ts), the
// admin filter and the permissions derive from these lists. "scheduled" is not stored: it is a
// published story whose time has not come.
export const STORED_STATUSES = ['draft', 'review', 'published', 'archived'] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];

// In the order the admin filter offers them: a story's life from first draft to the archive.
export const EDITORIAL_STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number];

export const STATUS_NAMES: Record<EditorialStatus, string> = {
  draft: 'مسودة',
  review: 'قيد المراجعة',
  scheduled: 'مجدول',
  published: 'منشور',
  archived: 'مؤرشف',
};

export function isEditorialStatus(value: unknown): value is EditorialStatus {
  return (EDITORIAL_STATUSES as readonly unknown[]).includes(value);
}

export function editorialStatus(status: StoredStatus, publishedAt: Date | null, now = new Date()): EditorialStatus {
  return status === 'published' && publishedAt && publishedAt > now ? 'scheduled' : status;
}
