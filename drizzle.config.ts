import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` reads this: it diffs the schema against the migrations folder and
// needs no database. Migrations are applied by db/migrate.ts, never by `drizzle-kit push`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
