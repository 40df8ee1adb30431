/**
 * The sync wire format, shared by the edge API (validation, OpenAPI) and the clients. Every synced
 * record has a client-made UUID, a hybrid-logical-clock timestamp and, once deleted, is a tombstone
 * with no data. Field names are snake_case as in the seed API specification.
 */
import { z } from 'zod';
import { MICRO_INTERVENTIONS } from '../conversation/types';
import { BURNOUT_RISK_LEVELS, EMOTIONS } from '../emotions';
import {
  FEEDBACK_COMMENT_MAX,
  JOURNAL_TEXT_MAX,
  KEYWORD_MAX_LENGTH,
  KEYWORDS_MAX,
  MESSAGE_CONTENT_MAX,
  SESSION_NOTES_MAX,
  SESSION_TOPIC_MAX,
  TAG_MAX_LENGTH,
  TAGS_MAX,
} from '../journal/limits';
import { MOOD_MAX, MOOD_MIN } from '../journal/mood';
import { sessionSummarySchema } from '../sessions/summary-schema';
import type { CrisisLevel } from '../text/crisis';
import { HLC_PATTERN } from './hlc';
import { describeProblem } from './problems';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  MAX_PUSH_CHANGES,
  REJECT_CODES,
  SYNC_TABLES,
  type SyncTable,
} from './constants';

export { REJECT_CODES, SYNC_TABLES, type RejectCode, type SyncTable } from './constants';

export { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, MAX_PUSH_CHANGES } from './constants';

/**
 * An instant the database stores and returns exactly: ISO 8601 with an offset, at most millisecond
 * precision, an offset PostgreSQL accepts (within ±15:59), and a year from 0100 to 9999 in UTC.
 * Years 0001-0099 are refused rather than stored, because they cannot be read back reliably
 * (JavaScript's date parser turns years below 100 into 19xx). The server returns the same instant
 * normalised to UTC (`Date#toISOString()`), so compare values as instants, not as strings.
 */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .refine(isStorableInstant, 'must be a date from the year 100 to 9999, to the millisecond')
  .describe(
    'ISO 8601 date and time with an offset (within ±15:59), at most millisecond precision, years 0100-9999 in UTC; returned normalised to UTC',
  );

const OFFSET_AND_FRACTION = /(?:\.(\d+))?(Z|[+-](\d{2}):?(\d{2}))$/;
const FIRST_STORABLE = Date.parse('0100-01-01T00:00:00Z');
const LAST_STORABLE = Date.parse('9999-12-31T23:59:59.999Z');

export function isStorableInstant(value: string): boolean {
  const match = OFFSET_AND_FRACTION.exec(value);
  if (!match) return false;
  const [, fraction, zone, offsetHours] = match;
  if (fraction !== undefined && fraction.length > 3) return false;
  if (zone !== 'Z' && Number(offsetHours) > 15) return false;
  const ms = Date.parse(value);
  return ms >= FIRST_STORABLE && ms <= LAST_STORABLE;
}

/** A lone UTF-16 surrogate or a NUL cannot be stored as text or JSON by PostgreSQL. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isStorableText = (value: string) => !value.includes('\0') && !LONE_SURROGATE.test(value);

/** Text a person wrote, as the database can hold it. */
export function storableText(max: number) {
  return z.string().max(max).refine(isStorableText, 'contains a character that cannot be stored');
}

const emotion = z.enum(EMOTIONS);
/** The crisis detector's levels (core/text/crisis), as an emotion log records them. */
export const TEXT_RISK_LEVELS = [
  'none',
  'elevated',
  'severe',
] as const satisfies readonly CrisisLevel[];
const VOICE_TONE = /^[a-z][a-z_]{0,31}$/;
const confidence = z.number().min(0).max(1);
const shortText = storableText(200);

/** JSON.parse keeps a `__proto__` key as data, but zod's record drops it without a word. */
function hasProtoKey(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__');
}

/**
 * Feature summaries are a few named numbers or labels (blink rate, pitch mean...). The shape is
 * narrow on purpose: no arrays and no long strings, so no frame, landmark set or waveform fits.
 */
export const featureSummarySchema = z
  .any()
  .refine((value) => !hasProtoKey(value), 'cannot include a feature named __proto__')
  .pipe(
    z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]{0,47}$/),
        z.union([z.number(), z.boolean(), shortText]),
      )
      .refine((summary) => Object.keys(summary).length <= 64, 'cannot have more than 64 features'),
  );

export const journalEntryDataSchema = z.strictObject({
  mood: z.number().int().min(MOOD_MIN).max(MOOD_MAX),
  text: storableText(JOURNAL_TEXT_MAX),
  tags: z
    .array(
      storableText(TAG_MAX_LENGTH).refine(
        (tag) => tag.length > 0 && tag.trim() === tag,
        'cannot be empty or begin or end with a space',
      ),
    )
    .max(TAGS_MAX),
  occurred_at: instantSchema,
});

export const sessionDataSchema = z.strictObject({
  started_at: instantSchema,
  ended_at: instantSchema.nullable(),
  topic: storableText(SESSION_TOPIC_MAX).nullable(),
  total_stress_score: z.number().min(0).max(100).nullable(),
  dominant_emotion: emotion.nullable(),
  burnout_risk_level: z.enum(BURNOUT_RISK_LEVELS).nullable(),
  notes: storableText(SESSION_NOTES_MAX).nullable(),
  // Fields added after release default to null, so a device on an older version still syncs.
  /** Set when the session ends (core/sessions/summary.ts). */
  summary: sessionSummarySchema.nullable().default(null),
});

export const messageDataSchema = z
  .strictObject({
    session_id: z.uuid(),
    sender: z.enum(['user', 'ai']),
    content: storableText(MESSAGE_CONTENT_MAX).min(1),
    emotion_label: emotion.nullable(),
    tokens_used: z.number().int().min(0).nullable(),
    response_time_ms: z.number().int().min(0).nullable(),
    created_at: instantSchema,
    /** The micro-intervention a companion message offers; a person's own message offers none. */
    suggestion: z.enum(MICRO_INTERVENTIONS).nullable().default(null),
  })
  .refine((message) => message.suggestion === null || message.sender === 'ai', {
    message: 'Only a companion message can offer a suggestion.',
    path: ['suggestion'],
  });

export const emotionLogDataSchema = z.strictObject({
  session_id: z.uuid(),
  recorded_at: instantSchema,
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
  text_keywords: z.array(storableText(KEYWORD_MAX_LENGTH)).max(KEYWORDS_MAX).nullable(),
  // The report's per-modality scores; added after release, so they default to null.
  face_arousal: z.number().min(0).max(1).nullable().default(null),
  face_valence: z.number().min(-1).max(1).nullable().default(null),
  voice_stress: z.number().min(0).max(1).nullable().default(null),
  /** A short label such as 'calm' or 'tense', never audio. */
  voice_tone: z.string().regex(VOICE_TONE).nullable().default(null),
  /** -1 most negative to 1 most positive. */
  text_sentiment: z.number().min(-1).max(1).nullable().default(null),
  text_risk_level: z.enum(TEXT_RISK_LEVELS).nullable().default(null),
});

/** One rating of a suggestion the companion offered: was it helpful, how many stars, and why. */
export const feedbackDataSchema = z
  .strictObject({
    session_id: z.uuid(),
    /** The companion message that offered it, when known. */
    message_id: z.uuid().nullable(),
    suggestion_type: z.enum(MICRO_INTERVENTIONS),
    was_helpful: z.boolean().nullable(),
    rating: z.number().int().min(1).max(5).nullable(),
    comment: storableText(FEEDBACK_COMMENT_MAX).nullable(),
    created_at: instantSchema,
  })
  .refine((feedback) => feedback.was_helpful !== null || feedback.rating !== null, {
    message: 'Feedback needs a yes or no, or a rating.',
    path: ['was_helpful'],
  });

export type JournalEntryData = z.infer<typeof journalEntryDataSchema>;
export type SessionData = z.infer<typeof sessionDataSchema>;
export type MessageData = z.infer<typeof messageDataSchema>;
export type EmotionLogData = z.infer<typeof emotionLogDataSchema>;
export type FeedbackData = z.infer<typeof feedbackDataSchema>;

export interface SyncDataByTable {
  journal_entries: JournalEntryData;
  sessions: SessionData;
  messages: MessageData;
  emotion_logs: EmotionLogData;
  feedback: FeedbackData;
}

export const syncDataSchemas = {
  journal_entries: journalEntryDataSchema,
  sessions: sessionDataSchema,
  messages: messageDataSchema,
  emotion_logs: emotionLogDataSchema,
  feedback: feedbackDataSchema,
} as const satisfies { [T in SyncTable]: z.ZodType<SyncDataByTable[T]> };

export const hlcSchema = z
  .string()
  .regex(HLC_PATTERN)
  .describe('Hybrid logical clock timestamp: base-36 wall milliseconds (11), counter (4), node id');
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
  changeSchemaFor('feedback'),
]);

/** One record's state at one moment: its latest data, or a tombstone. */
export type SyncChange = {
  [T in SyncTable]:
    | { table: T; id: string; hlc: string; deleted: false; data: SyncDataByTable[T] }
    | { table: T; id: string; hlc: string; deleted: true; data: null };
}[SyncTable];

/**
 * A change as the push envelope checks it: which record and when. Its `data` is checked one change
 * at a time (see parseChange), so one bad record is refused with a sentence and the rest apply.
 */
export const changeEnvelopeSchema = z.strictObject({
  table: z.enum(SYNC_TABLES),
  id: z.uuid(),
  hlc: hlcSchema,
  deleted: z.boolean(),
  data: z
    .unknown()
    .describe("The record's fields (the table's data schema), or null when deleted is true"),
});
export type ChangeEnvelope = z.infer<typeof changeEnvelopeSchema>;

/**
 * The account's data epoch goes up each time the person deletes all their data. A device that
 * still holds an older epoch must drop its local copy instead of pushing it back (409 data_reset).
 */
export const epochSchema = z.number().int().min(0);

export const pushRequestSchema = z.strictObject({
  client_id: clientIdSchema,
  epoch: epochSchema,
  changes: z.array(changeEnvelopeSchema).min(1).max(MAX_PUSH_CHANGES),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const rejectionSchema = z.object({
  id: z.uuid(),
  code: z.enum(REJECT_CODES),
  /** A sentence for the person, e.g. "A tag can be at most 40 characters." */
  message: z.string(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** The server's clock, ms since 1970: clients measure their offset from it. */
const serverTimeSchema = z.number().int();

export const pushResponseSchema = z.object({
  /** Changes now stored, or already stored by an earlier delivery of the same change. */
  applied: z.array(z.uuid()),
  /** Changes older than what the server holds for that record: the newer state wins. */
  superseded: z.array(z.uuid()),
  /** For every superseded change, the server's winning state of that record. */
  current: z.array(syncChangeSchema),
  /**
   * Changes the server refused: forbidden (another account's id), invalid (the data breaks a
   * limit), clock_ahead (stamped too far in the future), hlc_reused (same timestamp, different
   * data), data_reset (stamped before the account's last "delete all my data").
   */
  rejected: z.array(rejectionSchema),
  server_time: serverTimeSchema,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Largest value of PostgreSQL's bigint, which server_seq (the cursor) is. */
const MAX_CURSOR = 2n ** 63n - 1n;

export const pullQuerySchema = z.strictObject({
  cursor: z
    .string()
    .regex(/^\d{1,19}$/)
    .refine(
      (cursor) => !/^\d+$/.test(cursor) || BigInt(cursor) <= MAX_CURSOR,
      'is beyond the largest cursor',
    )
    .default('0'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});

export const pullResponseSchema = z.object({
  changes: z.array(syncChangeSchema),
  /** Opaque position after the last change returned; send it back to continue. */
  cursor: z.string(),
  has_more: z.boolean(),
  epoch: epochSchema,
  server_time: serverTimeSchema,
  /**
   * The server timestamp of the last "delete all my data" (null: never): records stamped before it
   * are gone; records stamped after it survive under the new epoch.
   */
  reset_hlc: hlcSchema.nullable(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export type ParsedChange = { ok: true; change: SyncChange } | { ok: false; message: string };

/** Checks one change's data against its table's schema; a failure comes back as a sentence. */
export function parseChange({ table, id, hlc, deleted, data }: ChangeEnvelope): ParsedChange {
  if (deleted) {
    return data === null
      ? { ok: true, change: { table, id, hlc, deleted, data } }
      : { ok: false, message: 'A deleted record cannot carry data.' };
  }
  const result = syncDataSchemas[table].safeParse(data);
  if (!result.success) return { ok: false, message: describeProblem(result.error) };
  return { ok: true, change: { table, id, hlc, deleted, data: result.data } as SyncChange };
}

/** The sentence for the data of a record the person is about to save, or null when it is valid. */
export function checkSyncData<T extends SyncTable>(
  table: T,
  data: SyncDataByTable[T],
): string | null {
  const result = syncDataSchemas[table].safeParse(data);
  return result.success ? null : describeProblem(result.error);
}
