// `npm run db:generate-load -- --articles 100000`: fills the database (DATABASE_URL, else the embedded
// one) with a synthetic archive for measuring queries at scale; prints the rate. Adds to what is there.
import { parseArgs } from 'node:util';
import { postgresServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, databaseExists, withDatabase } from '../db/postgres-server';
import { env } from '../lib/env';
import { generateLoad } from '../db/seed/generate-load';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    tags: { type: 'string', default: '2000' },
    authors: { type: 'string', default: '200' },
    connections: { type: 'string', default: '2' },
  },
});
const count = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
};

const server = await postgresServer(console.log);
try {
  // The embedded server's database is the one `npm run dev` opens (scripts/launch.ts).
  let url = server.url;
  if (server.embedded) {
    const name = env.EMBEDDED_PG_DATABASE;
    if (!(await databaseExists(server.url, name))) await createDatabase(server.url, name);
    url = withDatabase(server.url, name);
  }
  await runMigrations(url);
  const result = await generateLoad(url, {
    articles: count('articles'),
    tags: count('tags'),
    authors: count('authors'),
    connections: count('connections'),
    log: console.log,
  });
  console.log(
    `${result.articles} stories in ${result.seconds.toFixed(1)} s: ${Math.round(result.perSecond)} stories/s`,
  );
} finally {
  await server.stop();
}
