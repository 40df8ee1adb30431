/**
 * What an export holds: the person's own records over a date range, in the synced (wire) shape,
 * plus the device-only crisis moments (level, reason, time; never text). The device builds it
 * from Dexie, the server from its tables (the server holds no crisis moments).
 */
import type { EmotionLogData, FeedbackData, JournalEntryData, SessionData } from '../sync/protocol';
import { instantInRange, type DateRange } from './range';

type WithId<T> = T & { id: string };

export interface CrisisEventRow {
  id: string;
  /** ISO instant. */
  at: string;
  level: 'elevated' | 'severe';
  reason: string;
  source: 'chat' | 'journal';
}

export interface ExportRecords {
  sessions: WithId<SessionData>[];
  emotion_logs: WithId<EmotionLogData>[];
  journal_entries: WithId<JournalEntryData>[];
  feedback: WithId<FeedbackData>[];
  crisis_events: CrisisEventRow[];
}

export const EMPTY_RECORDS: ExportRecords = {
  sessions: [],
  emotion_logs: [],
  journal_entries: [],
  feedback: [],
  crisis_events: [],
};

/** The records that happened inside the range, each by its own time, oldest first. */
export function recordsInRange(
  records: ExportRecords,
  range: DateRange,
  offsetMinutes = 0,
): ExportRecords {
  const keep = <T>(rows: readonly T[], at: (row: T) => string) =>
    rows
      .filter((row) => instantInRange(at(row), range, offsetMinutes))
      .sort((a, b) => Date.parse(at(a)) - Date.parse(at(b)));
  return {
    sessions: keep(records.sessions, (s) => s.started_at),
    emotion_logs: keep(records.emotion_logs, (l) => l.recorded_at),
    journal_entries: keep(records.journal_entries, (e) => e.occurred_at),
    feedback: keep(records.feedback, (f) => f.created_at),
    crisis_events: keep(records.crisis_events, (c) => c.at),
  };
}
