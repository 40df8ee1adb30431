/** `npm run db:migrate`: applies drizzle/ migrations to the PostgreSQL at DATABASE_URL. */
import { openDatabase } from './database';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'DATABASE_URL is not set. Point it at your PostgreSQL database; the embedded database ' +
      '(no DATABASE_URL) is migrated automatically by `npm start`.',
  );
  process.exit(1);
}
const database = await openDatabase({ kind: 'server', url, migrate: true });
await database.close();
console.info(`Migrations applied to ${database.location}`);
