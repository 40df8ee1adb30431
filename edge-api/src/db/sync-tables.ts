import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { BurnoutRiskLevel, Emotion } from '../../../core/emotions';
import { syncEnvelope, syncIndexes } from './columns';
import { isoTimestamp } from './timestamps';

// Columns marked "ciphertext" hold `v2.…` under the owner's data key (crypto/keyring.ts); lists
// and feature summaries are stored as one ciphertext of their JSON. See ENCRYPTED_FIELDS in
// sync/records.ts.

/** `text` and `tags` hold ciphertext, never the words the person wrote. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    ...syncEnvelope(),
    mood: integer(),
    text: text(),
    tags: text(),
    occurred_at: isoTimestamp(),
  },
  (table) => syncIndexes('journal_entries', table, table.occurred_at),
);

/** Conversation sessions (not login sessions: those are auth_sessions); `topic`, `notes`: ciphertext. */
export const sessions = pgTable(
  'sessions',
  {
    ...syncEnvelope(),
    started_at: isoTimestamp(),
    ended_at: isoTimestamp(),
    topic: text(),
    total_stress_score: doublePrecision(),
    dominant_emotion: text().$type<Emotion>(),
    burnout_risk_level: text().$type<BurnoutRiskLevel>(),
    notes: text(),
  },
  (table) => syncIndexes('sessions', table, table.started_at),
);

// session_id on messages and emotion_logs has no foreign key on purpose: records come from several
// devices in any order, so a message may arrive before its session (or after its tombstone).

/** `content` holds ciphertext, like journal text. */
export const messages = pgTable(
  'messages',
  {
    ...syncEnvelope(),
    session_id: uuid(),
    sender: text().$type<'user' | 'ai'>(),
    content: text(),
    emotion_label: text().$type<Emotion>(),
    // bigint: the wire format allows any safe integer, more than int4 holds.
    tokens_used: bigint({ mode: 'number' }),
    response_time_ms: bigint({ mode: 'number' }),
    created_at: isoTimestamp(),
  },
  (table) => [
    ...syncIndexes('messages', table, table.created_at),
    index('messages_session_idx').on(table.session_id),
  ],
);

/**
 * Labels, confidences and small feature summaries only: never frames, landmarks or audio. The
 * summaries and `text_keywords` are ciphertext.
 */
export const emotionLogs = pgTable(
  'emotion_logs',
  {
    ...syncEnvelope(),
    session_id: uuid(),
    recorded_at: isoTimestamp(),
    face_emotion: text().$type<Emotion>(),
    face_confidence: doublePrecision(),
    voice_emotion: text().$type<Emotion>(),
    voice_confidence: doublePrecision(),
    text_emotion: text().$type<Emotion>(),
    text_confidence: doublePrecision(),
    final_emotion: text().$type<Emotion>(),
    final_confidence: doublePrecision(),
    stress_score: integer(),
    hidden_stress_detected: boolean(),
    face_features: text(),
    voice_features: text(),
    text_keywords: text(),
  },
  (table) => [
    ...syncIndexes('emotion_logs', table, table.recorded_at),
    index('emotion_logs_session_idx').on(table.session_id),
  ],
);
