// `npm run bench:queries`: times every public query on the database DATABASE_URL names (else the
// embedded one), filled beforehand by `npm run db:generate-load -- --articles 100000`. With
// `-- --articles N` it generates N stories into a fresh database first and drops it afterwards.
import { parseArgs } from 'node:util';
import { closeDb } from '../../db';
import { postgresServer } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName, withDatabase } from '../../db/postgres-server';
import { generateLoad } from '../../db/seed/generate-load';
import { env } from '../../lib/env';
import { formatTimings, timeQueries } from './query-timings';

const { values } = parseArgs({ options: { articles: { type: 'string' }, rounds: { type: 'string', default: '40' } } });
const server = await postgresServer(console.log);
const fresh = values.articles ? freshDatabaseName('bawaba_query_bench') : null;
let url = server.embedded ? withDatabase(server.url, env.EMBEDDED_PG_DATABASE) : server.url;
try {
  if (fresh) {
    url = await createDatabase(server.url, fresh);
    await runMigrations(url);
    const load = await generateLoad(url, { articles: Number(values.articles), log: console.log });
    console.log(`${load.articles} stories in ${load.seconds.toFixed(0)} s (${Math.round(load.perSecond)}/s)`);
  }
  // db() opens its pool on first use, from DATABASE_URL.
  process.env.DATABASE_URL = url;
  console.log(formatTimings(await timeQueries(Number(values.rounds))));
} finally {
  await closeDb();
  if (fresh) await dropDatabase(server.url, fresh);
  await server.stop();
}
