import { defineConfig } from 'drizzle-kit';

// Used only to generate migrations from the schema (`npm run db:generate`); they are reviewed and committed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
});
