import { defineConfig } from 'drizzle-kit';

// Only generates SQL from the schema; the app applies the migrations itself on start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
