import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** What both drivers (PGlite embedded, postgres.js on a server or a Worker) give the app. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle, accepted wherever a query runs inside one. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
