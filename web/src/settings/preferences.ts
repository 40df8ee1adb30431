/** Preferences live on the server; the last known copy is kept in `meta` for offline use. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../store/db';
import { readMeta, writeMeta } from '../store/meta';
import { okJson } from '../sync/api-client';
import type { Preferences } from '../sync/api-types';
import { api } from '../sync/authorized-fetch';

export async function refreshPreferences(): Promise<void> {
  await writeMeta(db, 'preferences', await okJson(api.api.settings.preferences.$get()));
}

export async function updatePreferences(update: Partial<Preferences>): Promise<void> {
  const saved = await okJson(api.api.settings.preferences.$put({ json: update }));
  await writeMeta(db, 'preferences', saved.preferences);
}

/** The cached preferences; undefined until the first answer from the server. */
export function usePreferences(): Preferences | undefined {
  return useLiveQuery(() => readMeta(db, 'preferences'));
}
