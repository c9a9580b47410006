// `npm run db:migrate`: apply the migrations in drizzle/ to DATABASE_URL (the launcher does this at
// every start; this is for deploy pipelines that migrate before rolling out).
import { runMigrations } from '../db/migrate';
import { env } from '../lib/env';

const url = env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set.');
  process.exit(2);
}
await runMigrations(url);
console.log('migrations applied');
