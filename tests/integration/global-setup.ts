import type { TestProject } from 'vitest/node';
import { postgresServer } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '../../db/postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// A fresh database for this run: on the server DATABASE_URL names, or on the embedded PostgreSQL.
export default async function setup(project: TestProject) {
  const server = await postgresServer();
  const name = freshDatabaseName('bawaba_test');
  const url = await createDatabase(server.url, name);
  await runMigrations(url);
  console.log(`integration tests on ${new URL(url).host}/${name}${server.embedded ? ' (embedded)' : ''}`);
  project.provide('databaseUrl', url);
  return async () => {
    await dropDatabase(server.url, name);
    await server.stop();
  };
}
