import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './edge-api/src/db/schema.ts',
  out: './drizzle',
});
