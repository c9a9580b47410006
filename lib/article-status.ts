// Statuses as the newsroom sees them. "scheduled" is not stored: it is a published story whose
// time has not come.
export type StoredStatus = 'draft' | 'review' | 'published' | 'archived';
export type EditorialStatus = StoredStatus | 'scheduled';

export const STATUS_NAMES: Record<EditorialStatus, string> = {
  draft: 'مسودة',
  review: 'قيد المراجعة',
  scheduled: 'مجدول',
  published: 'منشور',
  archived: 'مؤرشف',
};

export function editorialStatus(status: StoredStatus, publishedAt: Date | null, now = new Date()): EditorialStatus {
  return status === 'published' && publishedAt && publishedAt > now ? 'scheduled' : status;
}
