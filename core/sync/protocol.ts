/**
 * The sync wire format, shared by the edge API (validation, OpenAPI) and the clients. Every synced
 * record has a client-made UUID, a hybrid-logical-clock timestamp and, once deleted, is a tombstone
 * with no data. Field names are snake_case as in the seed API specification.
 */
import { z } from 'zod';
import { BURNOUT_RISK_LEVELS, EMOTIONS } from '../emotions';
import { MOOD_MAX, MOOD_MIN } from '../journal/mood';
import { HLC_PATTERN } from './hlc';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, MAX_PUSH_CHANGES, type SyncTable } from './constants';

export { SYNC_TABLES, type SyncTable } from './constants';

export { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, MAX_PUSH_CHANGES } from './constants';

const isoDateTime = z.iso.datetime({ offset: true });
const emotion = z.enum(EMOTIONS);
const confidence = z.number().min(0).max(1);
const shortText = z.string().max(200);

/**
 * Feature summaries are a few named numbers or labels (blink rate, pitch mean...). The shape is
 * narrow on purpose: no arrays and no long strings, so no frame, landmark set or waveform fits.
 */
export const featureSummarySchema = z
  .record(z.string().regex(/^[a-z][a-z0-9_]{0,47}$/), z.union([z.number(), z.boolean(), shortText]))
  .refine((summary) => Object.keys(summary).length <= 64, 'at most 64 features');

export const journalEntryDataSchema = z.strictObject({
  mood: z.number().int().min(MOOD_MIN).max(MOOD_MAX),
  text: z.string().max(20_000),
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
  occurred_at: isoDateTime,
});

export const sessionDataSchema = z.strictObject({
  started_at: isoDateTime,
  ended_at: isoDateTime.nullable(),
  topic: shortText.nullable(),
  total_stress_score: z.number().min(0).max(100).nullable(),
  dominant_emotion: emotion.nullable(),
  burnout_risk_level: z.enum(BURNOUT_RISK_LEVELS).nullable(),
  notes: z.string().max(5_000).nullable(),
});

export const messageDataSchema = z.strictObject({
  session_id: z.uuid(),
  sender: z.enum(['user', 'ai']),
  content: z.string().min(1).max(10_000),
  emotion_label: emotion.nullable(),
  tokens_used: z.number().int().min(0).nullable(),
  response_time_ms: z.number().int().min(0).nullable(),
  created_at: isoDateTime,
});

export const emotionLogDataSchema = z.strictObject({
  session_id: z.uuid(),
  recorded_at: isoDateTime,
  face_emotion: emotion.nullable(),
  face_confidence: confidence.nullable(),
  voice_emotion: emotion.nullable(),
  voice_confidence: confidence.nullable(),
  text_emotion: emotion.nullable(),
  text_confidence: confidence.nullable(),
  final_emotion: emotion.nullable(),
  final_confidence: confidence.nullable(),
  stress_score: z.number().int().min(0).max(100).nullable(),
  hidden_stress_detected: z.boolean(),
  face_features: featureSummarySchema.nullable(),
  voice_features: featureSummarySchema.nullable(),
  text_keywords: z.array(z.string().max(60)).max(30).nullable(),
});

export type JournalEntryData = z.infer<typeof journalEntryDataSchema>;
export type SessionData = z.infer<typeof sessionDataSchema>;
export type MessageData = z.infer<typeof messageDataSchema>;
export type EmotionLogData = z.infer<typeof emotionLogDataSchema>;

export interface SyncDataByTable {
  journal_entries: JournalEntryData;
  sessions: SessionData;
  messages: MessageData;
  emotion_logs: EmotionLogData;
}

export const syncDataSchemas = {
  journal_entries: journalEntryDataSchema,
  sessions: sessionDataSchema,
  messages: messageDataSchema,
  emotion_logs: emotionLogDataSchema,
} as const satisfies { [T in SyncTable]: z.ZodType<SyncDataByTable[T]> };

export const hlcSchema = z.string().regex(HLC_PATTERN, 'not a hybrid logical clock timestamp');
/** Device ids double as the clock's node id, so they share its alphabet. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

function changeSchemaFor<T extends SyncTable>(table: T) {
  const envelope = { table: z.literal(table), id: z.uuid(), hlc: hlcSchema };
  return z.union([
    z.strictObject({ ...envelope, deleted: z.literal(false), data: syncDataSchemas[table] }),
    z.strictObject({ ...envelope, deleted: z.literal(true), data: z.null() }),
  ]);
}

export const syncChangeSchema = z.union([
  changeSchemaFor('journal_entries'),
  changeSchemaFor('sessions'),
  changeSchemaFor('messages'),
  changeSchemaFor('emotion_logs'),
]);

/** One record's state at one moment: its latest data, or a tombstone. */
export type SyncChange = {
  [T in SyncTable]:
    | { table: T; id: string; hlc: string; deleted: false; data: SyncDataByTable[T] }
    | { table: T; id: string; hlc: string; deleted: true; data: null };
}[SyncTable];

/**
 * The account's data epoch goes up each time the person deletes all their data. A device that
 * still holds an older epoch must drop its local copy instead of pushing it back (409 data_reset).
 */
export const epochSchema = z.number().int().min(0);

export const pushRequestSchema = z.strictObject({
  client_id: clientIdSchema,
  epoch: epochSchema,
  changes: z.array(syncChangeSchema).min(1).max(MAX_PUSH_CHANGES),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({
  /** Changes now stored, or already stored by an earlier delivery of the same batch. */
  applied: z.array(z.uuid()),
  /** Changes older than what the server holds for that record: the newer state wins. */
  superseded: z.array(z.uuid()),
  /** Changes the server refused, for example an id that belongs to another account. */
  rejected: z.array(z.object({ id: z.uuid(), code: z.string(), message: z.string() })),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.strictObject({
  cursor: z
    .string()
    .regex(/^\d{1,19}$/)
    .default('0'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});

export const pullResponseSchema = z.object({
  changes: z.array(syncChangeSchema),
  /** Opaque position after the last change returned; send it back to continue. */
  cursor: z.string(),
  has_more: z.boolean(),
  epoch: epochSchema,
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
