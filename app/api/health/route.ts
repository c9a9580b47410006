import { db } from '@/db';
import { pingDatabase } from '@/db/health';
import { createHealthCheck, healthResponse } from '@/lib/http/health';

// For load balancers and uptime monitors: 200 while this process can reach the database, 503 when a
// `select 1` does not answer within a second (or the pool is closed: the process is stopping). No
// session, no body read; the answer is remembered for a second per process, so a stranger polling
// it costs at most one trivial query per second. proxy.ts does not match /api.
const databaseAnswers = createHealthCheck(() => pingDatabase(db()));

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return healthResponse(await databaseAnswers());
}

export async function HEAD(): Promise<Response> {
  return healthResponse(await databaseAnswers(), 'HEAD');
}
