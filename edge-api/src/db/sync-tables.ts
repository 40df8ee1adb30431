import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MicroIntervention } from '../../../core/conversation/types';
import type { BurnoutRiskLevel, Emotion } from '../../../core/emotions';
import type { CrisisLevel } from '../../../core/text/crisis';
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

/**
 * Conversation sessions (not login sessions: those are auth_sessions); `topic`, `notes` and
 * `summary` (its JSON, topics in the person's words) are ciphertext.
 */
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
    summary: text(),
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
    suggestion: text().$type<MicroIntervention>(),
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
    face_arousal: doublePrecision(),
    face_valence: doublePrecision(),
    voice_stress: doublePrecision(),
    voice_tone: text(),
    text_sentiment: doublePrecision(),
    text_risk_level: text().$type<CrisisLevel>(),
  },
  (table) => [
    ...syncIndexes('emotion_logs', table, table.recorded_at),
    index('emotion_logs_session_idx').on(table.session_id),
  ],
);

/**
 * Whether a suggestion helped, rated on the device and synced like the rest (it was a server-only
 * table before migration 0004). `comment` holds ciphertext.
 */
export const feedback = pgTable(
  'feedback',
  {
    ...syncEnvelope(),
    session_id: uuid(),
    message_id: uuid(),
    suggestion_type: text().$type<MicroIntervention>(),
    was_helpful: boolean(),
    rating: integer(),
    comment: text(),
    created_at: isoTimestamp(),
  },
  (table) => [
    ...syncIndexes('feedback', table, table.created_at),
    index('feedback_session_idx').on(table.session_id),
    check('feedback_rating_check', sql`${table.rating} between 1 and 5`),
  ],
);
