import postgres from 'postgres';

// Helpers that work on a PostgreSQL *server* (not one database): create and drop databases by
// name. The launcher, the tests and the e2e runner share them, on embedded and external servers.

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onMaintenance<T>(serverUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return onMaintenance(
    serverUrl,
    async (sql) => (await sql`select 1 from pg_database where datname = ${name}`).length > 0,
  );
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await onMaintenance(serverUrl, (sql) =>
    sql.unsafe(`create database "${name.replace(/"/g, '')}" encoding 'UTF8' template template0`),
  );
  return withDatabase(serverUrl, name);
}

/** @internal For the test harness (tests, e2e, bench, soak): the portal never drops a database. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenance(serverUrl, (sql) =>
    sql.unsafe(`drop database if exists "${name.replace(/"/g, '')}" with (force)`),
  );
}

/** @internal A fresh, uniquely named database for one test run (tests, e2e, bench, soak). */
export function freshDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function canConnect(serverUrl: string): Promise<boolean> {
  const sql = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}
