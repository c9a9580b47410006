import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { mediaUploads } from '@/db/schema';
import type { UploadLimits } from '../upload-limits';

// Advisory lock space (the first key of pg_advisory_xact_lock(int, int)) for per-user upload counting;
// the login throttle uses 7301 and 7302.
const UPLOAD_LOCK_SPACE = 7303;

export type UploadReservation = { allowed: true; id: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts the user's recent uploads and, when neither limit would be passed, records this one (of
 * `bytes`) before it is processed, all under a transaction-scoped advisory lock on the user: uploads
 * arriving together, on any instance, are counted one after the other, each seeing those before it.
 * Refused, it says how long until enough older uploads leave the windows for this one to fit.
 */
export async function reserveUpload(userId: number, bytes: number, limits: UploadLimits): Promise<UploadReservation> {
  const window = sql`make_interval(secs => ${limits.windowSeconds})`;
  const day = sql`make_interval(secs => ${limits.daySeconds})`;
  return db().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${UPLOAD_LOCK_SPACE}, ${userId})`);
    await tx
      .delete(mediaUploads)
      .where(and(eq(mediaUploads.userId, userId), lt(mediaUploads.createdAt, sql`now() - ${day}`)));

    // The moment the limit-th newest upload in the window leaves it: from then on there is room.
    const [byCount] = await tx.execute<{ wait: number | null }>(sql`
      select ceil(extract(epoch from created_at + ${window} - now()))::int as wait
      from media_uploads where user_id = ${userId} and created_at > now() - ${window}
      order by created_at desc, id desc offset ${limits.maxCount - 1} limit 1`);
    // The moment the newest upload that, with those after it, leaves no room for `bytes` leaves the day.
    const [byBytes] = await tx.execute<{ wait: number | null }>(sql`
      select ceil(extract(epoch from created_at + ${day} - now()))::int as wait
      from (select created_at, sum(bytes) over (order by created_at desc, id desc) as newer
            from media_uploads where user_id = ${userId} and created_at > now() - ${day}) as recent
      where newer > ${limits.maxBytes - bytes}
      order by created_at desc limit 1`);
    const waits = [byCount?.wait, byBytes?.wait].filter((w): w is number => w !== null && w !== undefined);
    if (waits.length > 0) {
      return { allowed: false, retryAfterSeconds: Math.max(1, ...waits) };
    }
    const [row] = await tx.insert(mediaUploads).values({ userId, bytes }).returning({ id: mediaUploads.id });
    return { allowed: true, id: row!.id };
  });
}

/** Gives back a reservation whose upload was refused or could not be stored: only stored images count. */
export async function releaseUpload(id: number): Promise<void> {
  await db().delete(mediaUploads).where(eq(mediaUploads.id, id));
}
