/**
 * From synced records (core/sync/protocol.ts data, as the device holds them in Dexie and the
 * server after decryption) to the dashboard's inputs, so the device computes exactly what the API
 * serves.
 */
import { estimateBurnoutRisk } from '../burnout/estimate';
import type { BurnoutEstimate, JournalMood } from '../burnout/types';
import type { EmotionLogData, JournalEntryData, SessionData } from '../sync/protocol';
import {
  bucketReadings,
  sessionFigures,
  withSessionSummaries,
  type ReadingBucket,
  type SessionRecord,
} from './readings';

/** A person's live (not deleted) records, each with its id. */
export interface SyncedRecords {
  sessions: readonly (SessionData & { id: string })[];
  emotionLogs: readonly EmotionLogData[];
  journal: readonly JournalEntryData[];
}

export interface DashboardInputs {
  sessions: SessionRecord[];
  buckets: ReadingBucket[];
  journal: JournalMood[];
}

export function dashboardInputs(records: SyncedRecords, offsetMinutes = 0): DashboardInputs {
  const sessions = records.sessions.map((s) => ({
    id: s.id.toLowerCase(),
    startedAt: Date.parse(s.started_at),
    endedAt: s.ended_at === null ? null : Date.parse(s.ended_at),
    totalStress: s.total_stress_score,
    dominantEmotion: s.dominant_emotion,
  }));
  const readings = records.emotionLogs.map((log) => ({
    sessionId: log.session_id.toLowerCase(),
    recordedAt: Date.parse(log.recorded_at),
    emotion: log.final_emotion,
    stress: log.stress_score,
    hiddenStress: log.hidden_stress_detected,
  }));
  return {
    sessions,
    buckets: withSessionSummaries(bucketReadings(readings, offsetMinutes), sessions, offsetMinutes),
    journal: records.journal.map((e) => ({ at: Date.parse(e.occurred_at), mood: e.mood })),
  };
}

/** Burnout risk from the records a device holds, offline. */
export function burnoutFromRecords(records: SyncedRecords, now: number): BurnoutEstimate {
  const { sessions, buckets, journal } = dashboardInputs(records);
  return estimateBurnoutRisk({ sessions: sessionFigures(sessions, buckets), journal, now });
}
