// The database every command that runs the site settles on (`npm run dev | build | start`, the nginx
// stack): the server DATABASE_URL names, or the embedded PostgreSQL with a database of its own;
// migrated, seeded with the demo newspaper when empty (by default only on the embedded server), with
// staff bootstrapped, and the AUTH_SECRET its instances must share.
import { postgresServer, type RunningServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, databaseExists, withDatabase } from '../db/postgres-server';
import { isEmpty, seedDemo } from '../db/seed/seed-demo';
import { env } from '../lib/env';
import { resolveAuthSecret } from './auth-secret';
import { bootstrapStaff, wantsDemoStaff } from './bootstrap-staff';

export interface PreparedDatabase {
  server: RunningServer;
  databaseUrl: string;
  authSecret: string;
}

export async function prepareDatabase(
  command: 'dev' | 'build' | 'start',
  log: (line: string) => void,
): Promise<PreparedDatabase> {
  const server = await postgresServer(log);
  let databaseUrl = server.url;
  if (server.embedded) {
    const name = env.EMBEDDED_PG_DATABASE;
    if (!(await databaseExists(server.url, name))) await createDatabase(server.url, name);
    databaseUrl = withDatabase(server.url, name);
  }
  await runMigrations(databaseUrl);
  log('migrations applied');
  if ((env.SEED_DEMO ?? server.embedded) && (await isEmpty(databaseUrl))) {
    const { articles } = await seedDemo(databaseUrl);
    log(`demo newspaper seeded: ${articles} articles`);
  }
  await bootstrapStaff(databaseUrl, { demo: wantsDemoStaff(command, server.embedded), log });
  // Only a real deployment (its own DATABASE_URL, served by `npm start`) must bring its own secret.
  const authSecret = resolveAuthSecret({ mayGenerate: server.embedded || command !== 'start', dataDir: '.data' });
  return { server, databaseUrl, authSecret };
}
