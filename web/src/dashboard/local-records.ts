/**
 * The person's records as this device holds them (Dexie), for the dashboard and the export: live
 * records only, and the crisis moments that never leave the device. Works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type RivionDb } from '../store/db';
import type { LocalRecords } from './figures';

const live = <D extends object>(rows: { id: string; deleted: boolean; data: D | null }[]) =>
  rows.flatMap((row) => (row.deleted || row.data === null ? [] : [{ id: row.id, ...row.data }]));

export async function readLocalRecords(database: RivionDb = db): Promise<LocalRecords> {
  return database.transaction(
    'r',
    [
      database.sessions,
      database.emotion_logs,
      database.journal_entries,
      database.feedback,
      database.messages,
      database.safety_events,
    ],
    async () => {
      const [sessions, logs, journal, feedback, messages, safety] = await Promise.all([
        database.sessions.toArray(),
        database.emotion_logs.toArray(),
        database.journal_entries.toArray(),
        database.feedback.toArray(),
        database.messages.toArray(),
        database.safety_events.toArray(),
      ]);
      // Only which suggestion a reply offered is read from messages, never their words.
      const offers: Record<string, number> = {};
      for (const message of live(messages)) {
        if (message.suggestion) offers[message.suggestion] = (offers[message.suggestion] ?? 0) + 1;
      }
      return {
        sessions: live(sessions),
        emotion_logs: live(logs),
        journal_entries: live(journal),
        feedback: live(feedback),
        crisis_events: safety.map((event) => ({
          id: event.id,
          at: new Date(event.at).toISOString(),
          level: event.level,
          reason: event.reason,
          source: event.source,
        })),
        offers,
      };
    },
  );
}

/**
 * The records, kept up to date as they change, with when they were read (the dashboard's "now");
 * undefined while the first read runs.
 */
export function useLocalRecords(): { records: LocalRecords; readAt: number } | undefined {
  return useLiveQuery(async () => ({ records: await readLocalRecords(), readAt: Date.now() }), []);
}
