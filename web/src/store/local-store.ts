import { db } from './db';
import { DexieSyncStore } from './dexie-sync-store';

/** The app's one sync store over the app's one database. */
export const localStore = new DexieSyncStore(db);
