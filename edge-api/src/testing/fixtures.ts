/** Valid sync changes for tests, one builder per table. */
import { randomUUID } from 'node:crypto';
import { formatHlc } from '../../../core/sync/hlc';
import type { SyncChange } from '../../../core/sync/protocol';

export const CLIENT_ID = 'test-device-1';

/** A clock value `wallMs` milliseconds after a fixed moment, on `node`. */
export function hlcAt(wallMs: number, node = CLIENT_ID): string {
  return formatHlc({ wallMs: Date.parse('2026-01-01T00:00:00Z') + wallMs, counter: 0, node });
}

export function journalChange(
  text: string,
  { id = randomUUID(), at = 0, mood = 6 }: { id?: string; at?: number; mood?: number } = {},
): SyncChange {
  return {
    table: 'journal_entries',
    id,
    hlc: hlcAt(at),
    deleted: false,
    data: { mood, text, tags: ['work'], occurred_at: '2026-01-01T08:30:00.000Z' },
  };
}

export function sessionChange(id = randomUUID(), at = 0, topic = 'exams'): SyncChange {
  return {
    table: 'sessions',
    id,
    hlc: hlcAt(at),
    deleted: false,
    data: {
      started_at: '2026-01-01T09:00:00.000Z',
      ended_at: null,
      topic,
      total_stress_score: 41.5,
      dominant_emotion: 'neutral',
      burnout_risk_level: 'low',
      notes: null,
      summary: null,
    },
  };
}

export function messageChange(sessionId: string, content: string, at = 0): SyncChange {
  return {
    table: 'messages',
    id: randomUUID(),
    hlc: hlcAt(at),
    deleted: false,
    data: {
      session_id: sessionId,
      sender: 'user',
      content,
      emotion_label: 'sad',
      tokens_used: null,
      response_time_ms: 120,
      created_at: '2026-01-01T09:01:00.000Z',
      suggestion: null,
    },
  };
}

export function emotionLogChange(sessionId: string, at = 0): SyncChange {
  return {
    table: 'emotion_logs',
    id: randomUUID(),
    hlc: hlcAt(at),
    deleted: false,
    data: {
      session_id: sessionId,
      recorded_at: '2026-01-01T09:01:30.000Z',
      face_emotion: 'sad',
      face_confidence: 0.71,
      voice_emotion: null,
      voice_confidence: null,
      text_emotion: 'fearful',
      text_confidence: 0.64,
      final_emotion: 'sad',
      final_confidence: 0.68,
      stress_score: 62,
      hidden_stress_detected: true,
      face_features: { blink_rate: 0.4, brow_raise: false },
      voice_features: null,
      text_keywords: ['exhausted'],
      face_arousal: 0.62,
      face_valence: -0.4,
      voice_stress: null,
      voice_tone: null,
      text_sentiment: -0.55,
      text_risk_level: 'none',
    },
  };
}

export function feedbackChange(sessionId: string, comment: string | null, at = 0): SyncChange {
  return {
    table: 'feedback',
    id: randomUUID(),
    hlc: hlcAt(at),
    deleted: false,
    data: {
      session_id: sessionId,
      message_id: null,
      suggestion_type: 'box_breathing',
      was_helpful: true,
      rating: 4,
      comment,
      created_at: '2026-01-01T09:05:00.000Z',
    },
  };
}

export function tombstone(change: SyncChange, at: number): SyncChange {
  return {
    table: change.table,
    id: change.id,
    hlc: hlcAt(at),
    deleted: true,
    data: null,
  } as SyncChange;
}

/** Body of POST /api/sync/push. */
export function pushBody(changes: SyncChange[], epoch = 0, clientId = CLIENT_ID) {
  return { client_id: clientId, epoch, changes };
}
