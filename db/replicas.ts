import { sql } from 'drizzle-orm';
import { isDatabaseUnavailable, isStatementCancelled } from '@/lib/database-errors';
import type { Database } from './client';

/** How long a replica that could not be reached is left out before a probe tries it again. */
const REPLICA_REST_MS = 5_000;

export interface ReadRouting {
  /** The next replica in turn that is believed up; the primary when there is none. */
  pick: (now?: number) => Database;
  close: () => Promise<void>;
}

interface Replica {
  db: Database;
  /** Left out until this instant after failing for want of a connection; undefined while up. */
  downUntil?: number;
  probing: boolean;
}

/**
 * Public reads spread over streaming replicas, round robin. A replica that cannot be reached (refused,
 * connection lost or timed out, shutting down, out of connections) is left out at once, so only the
 * request that found it down fails; after REPLICA_REST_MS a background `select 1` tries it, and it takes reads again
 * from its first answer. With every replica out, reads go to the primary. `open` makes a replica's
 * pool and must pass it the given outcome observer (db/client.ts `onOutcome`); `onFailure` hears of
 * every failed query but the probes'.
 */
export function routeReads(
  urls: readonly string[],
  primary: () => Database,
  open: (url: string, onOutcome: (error?: unknown) => void) => Database,
  { restMs = REPLICA_REST_MS, onFailure }: { restMs?: number; onFailure?: (error: unknown) => void } = {},
): ReadRouting {
  const replicas: Replica[] = urls.map((url) => {
    const health: Omit<Replica, 'db'> = { probing: false };
    const db = open(url, (error) => {
      if (error === undefined) {
        health.downUntil = undefined;
        return;
      }
      if (unreachable(error)) health.downUntil = Date.now() + restMs;
      // A failed probe served no reader: it must not mark the database down for the whole process.
      if (!health.probing) onFailure?.(error);
    });
    return Object.assign(health, { db });
  });
  let turn = 0;

  function probe(replica: Replica) {
    replica.probing = true;
    // The outcome observer records the answer; a failure only pushes the next probe back.
    replica.db
      .execute(sql`select 1`)
      .catch(() => {})
      .finally(() => (replica.probing = false));
  }

  return {
    pick(now = Date.now()) {
      for (let i = 0; i < replicas.length; i++) {
        const replica = replicas[(turn + i) % replicas.length]!;
        if (replica.downUntil === undefined) {
          turn = (turn + i + 1) % replicas.length;
          return replica.db;
        }
        if (replica.downUntil <= now && !replica.probing) probe(replica);
      }
      return primary();
    },
    close: async () => {
      await Promise.all(replicas.map((replica) => replica.db.close()));
    },
  };
}

// A statement cut off by statement_timeout says the replica is busy, not gone: moving all its reads to
// the primary would only spread the overload.
function unreachable(error: unknown): boolean {
  return isDatabaseUnavailable(error) && !isStatementCancelled(error);
}
