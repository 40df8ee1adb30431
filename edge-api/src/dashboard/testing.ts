/**
 * A person's history for dashboard tests: sessions with emotion logs on the three days before
 * today (UTC), at noon and in the evening, so no figure depends on the hour the test runs.
 */
import { randomUUID } from 'node:crypto';
import type { MicroIntervention } from '../../../core/conversation/types';
import type { Emotion } from '../../../core/emotions';
import type { SyncChange } from '../../../core/sync/protocol';
import { hlcAt } from '../testing/fixtures';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface SeededSession {
  id: string;
  startedAt: number;
  /** Minutes it lasted; null while open. */
  minutes: number | null;
  /** One emotion log a minute after the start for each. */
  readings: { stress: number; emotion: Emotion; hidden?: boolean }[];
}

let clock = 0;
const nextHlc = () => hlcAt((clock += 1));

/** Midnight UTC today, minus `days` days, plus `hours` hours. */
export function dayAt(days: number, hours: number, now = Date.now()): number {
  return Math.floor(now / DAY_MS) * DAY_MS - days * DAY_MS + hours * 3_600_000;
}

export function sessionChanges(session: SeededSession): SyncChange[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  const record: SyncChange = {
    table: 'sessions',
    id: session.id,
    hlc: nextHlc(),
    deleted: false,
    data: {
      started_at: iso(session.startedAt),
      ended_at:
        session.minutes === null ? null : iso(session.startedAt + session.minutes * MINUTE_MS),
      topic: 'work',
      total_stress_score: null,
      dominant_emotion: null,
      burnout_risk_level: null,
      notes: null,
      summary: null,
    },
  };
  const logs = session.readings.map((reading, i): SyncChange =>
    emotionLog(session.id, session.startedAt + (i + 1) * MINUTE_MS, reading),
  );
  return [record, ...logs];
}

export function emotionLog(
  sessionId: string,
  at: number,
  reading: { stress: number; emotion: Emotion; hidden?: boolean },
  id: string = randomUUID(),
): SyncChange {
  return {
    table: 'emotion_logs',
    id,
    hlc: nextHlc(),
    deleted: false,
    data: {
      session_id: sessionId,
      recorded_at: new Date(at).toISOString(),
      face_emotion: reading.emotion,
      face_confidence: 0.7,
      voice_emotion: null,
      voice_confidence: null,
      text_emotion: null,
      text_confidence: null,
      final_emotion: reading.emotion,
      final_confidence: 0.7,
      stress_score: reading.stress,
      hidden_stress_detected: reading.hidden ?? false,
      face_features: null,
      voice_features: null,
      text_keywords: ['deadline'],
      face_arousal: null,
      face_valence: null,
      voice_stress: null,
      voice_tone: null,
      text_sentiment: null,
      text_risk_level: null,
    },
  };
}

export function deletion(change: SyncChange): SyncChange {
  return {
    table: change.table,
    id: change.id,
    hlc: nextHlc(),
    deleted: true,
    data: null,
  } as SyncChange;
}

export function journalMood(at: number, mood: number): SyncChange {
  return {
    table: 'journal_entries',
    id: randomUUID(),
    hlc: nextHlc(),
    deleted: false,
    data: { mood, text: 'long day', tags: [], occurred_at: new Date(at).toISOString() },
  };
}

/** A companion message offering `suggestion`. */
export function offer(sessionId: string, at: number, suggestion: MicroIntervention): SyncChange {
  return {
    table: 'messages',
    id: randomUUID(),
    hlc: nextHlc(),
    deleted: false,
    data: {
      session_id: sessionId,
      sender: 'ai',
      content: 'Would a minute of slow breathing help?',
      emotion_label: null,
      tokens_used: null,
      response_time_ms: null,
      created_at: new Date(at).toISOString(),
      suggestion,
    },
  };
}

/** The person's answer to a suggestion. */
export function rating(
  sessionId: string,
  at: number,
  suggestion: MicroIntervention,
  answer: { helpful: boolean | null; stars: number | null },
): SyncChange {
  return {
    table: 'feedback',
    id: randomUUID(),
    hlc: nextHlc(),
    deleted: false,
    data: {
      session_id: sessionId,
      message_id: null,
      suggestion_type: suggestion,
      was_helpful: answer.helpful,
      rating: answer.stars,
      comment: 'it helped a bit',
      created_at: new Date(at).toISOString(),
    },
  };
}
