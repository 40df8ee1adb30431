/**
 * Conversation sessions on this device: every step is a local write through the sync store (record
 * and outbox in one transaction), so a whole session works offline and reaches the person's other
 * devices on a later sync. Ending a session computes its summary here, from what this device holds.
 */
import type { MicroIntervention } from '../../../core/conversation/types';
import { newSession } from '../../../core/sessions/new-session';
import type { SessionSummary } from '../../../core/sessions/summary';
import type {
  checkSyncData,
  EmotionLogData,
  FeedbackData,
  MessageData,
  SessionData,
  SyncDataByTable,
  SyncTable,
} from '../../../core/sync/protocol';
import type { SyncRow } from './db';
import type { DexieSyncStore } from './dexie-sync-store';
import { localStore } from './local-store';

export type ChatSession = SessionData & { id: string };
export type ChatMessage = MessageData & { id: string };
export type ChatEmotionLog = EmotionLogData & { id: string };

type Live<T extends SyncTable> = Extract<SyncRow<T>, { deleted: false }>;
const live = <T extends SyncTable>(row: SyncRow<T> | undefined): row is Live<T> =>
  row !== undefined && !row.deleted;
const nowIso = () => new Date().toISOString();

type CheckSyncData = typeof checkSyncData;
let loadedCheck: CheckSyncData | undefined;

/**
 * The server's checks (zod schemas, ~100 kB with the crisis rules they share a chunk with) load
 * with the first write, not with the call page, whose first paint needs none of them.
 */
async function loadCheck(): Promise<CheckSyncData> {
  return (loadedCheck ??= (await import('../../../core/sync/protocol')).checkSyncData);
}

/**
 * Checks the record as the server will, so a mistake is a sentence now, not a refusal later.
 * Inside a Dexie transaction pass `check` loaded before it: waiting for a chunk there would let
 * IndexedDB commit the transaction early.
 */
async function write<T extends SyncTable>(
  store: DexieSyncStore,
  table: T,
  id: string,
  data: SyncDataByTable[T],
  check?: CheckSyncData,
): Promise<string> {
  const problem = (check ?? (await loadCheck()))(table, data);
  if (problem) throw new Error(problem);
  await store.writeLocal(table, id, data);
  return id;
}

export async function startSession(
  { topic = null, startedAt = nowIso() }: { topic?: string | null; startedAt?: string } = {},
  store: DexieSyncStore = localStore,
): Promise<string> {
  return write(store, 'sessions', crypto.randomUUID(), newSession(startedAt, topic));
}

export type NewMessage = Pick<MessageData, 'sender' | 'content'> &
  Partial<Omit<MessageData, 'session_id' | 'sender' | 'content'>>;

export async function addMessage(
  sessionId: string,
  message: NewMessage,
  store: DexieSyncStore = localStore,
): Promise<string> {
  return write(store, 'messages', crypto.randomUUID(), {
    emotion_label: null,
    tokens_used: null,
    response_time_ms: null,
    created_at: nowIso(),
    suggestion: null,
    ...message,
    session_id: sessionId,
  });
}

/** Labels and scores only; every modality field the caller leaves out is null (not read). */
export type NewEmotionLog = Partial<Omit<EmotionLogData, 'session_id'>>;

export async function addEmotionLog(
  sessionId: string,
  reading: NewEmotionLog,
  store: DexieSyncStore = localStore,
): Promise<string> {
  return write(store, 'emotion_logs', crypto.randomUUID(), {
    recorded_at: nowIso(),
    face_emotion: null,
    face_confidence: null,
    voice_emotion: null,
    voice_confidence: null,
    text_emotion: null,
    text_confidence: null,
    final_emotion: null,
    final_confidence: null,
    stress_score: null,
    hidden_stress_detected: false,
    face_features: null,
    voice_features: null,
    text_keywords: null,
    face_arousal: null,
    face_valence: null,
    voice_stress: null,
    voice_tone: null,
    text_sentiment: null,
    text_risk_level: null,
    ...reading,
    session_id: sessionId,
  });
}

export interface SuggestionRating {
  suggestion_type: MicroIntervention;
  message_id?: string | null;
  was_helpful: boolean | null;
  rating: number | null;
  comment?: string | null;
}

/** The person's answer to "did that help?" about one suggestion. */
export async function rateSuggestion(
  sessionId: string,
  { message_id = null, comment = null, ...rating }: SuggestionRating,
  store: DexieSyncStore = localStore,
): Promise<string> {
  const data: FeedbackData = {
    ...rating,
    message_id,
    comment: comment?.trim() ? comment.trim() : null,
    session_id: sessionId,
    created_at: nowIso(),
  };
  return write(store, 'feedback', crypto.randomUUID(), data);
}

/** The session's live messages (oldest first), readings and ratings, as this device holds them. */
export async function readSession(sessionId: string, store: DexieSyncStore = localStore) {
  const { db } = store;
  const session = await db.sessions.get(sessionId);
  if (!live(session)) return null;
  const [messages, logs, feedback] = await Promise.all([
    db.messages.where('data.session_id').equals(sessionId).toArray(),
    db.emotion_logs.where('data.session_id').equals(sessionId).toArray(),
    db.feedback.where('data.session_id').equals(sessionId).toArray(),
  ]);
  const withId = <D extends object>(rows: { id: string; data: D | null }[]) =>
    rows.flatMap((row) => (row.data === null ? [] : [{ id: row.id, ...row.data }]));
  return {
    session: { id: session.id, ...session.data } as ChatSession,
    messages: withId(messages).sort((a, b) => a.created_at.localeCompare(b.created_at)),
    emotionLogs: withId(logs).sort((a, b) => a.recorded_at.localeCompare(b.recorded_at)),
    feedback: withId(feedback),
  };
}

/**
 * Ends the session and stores its summary (and the seed's dominant emotion and mean stress columns)
 * in one transaction with the reads, so a reading saved meanwhile is either in it or after it.
 * Ending again recomputes it, for ratings given after the end.
 */
export async function endSession(
  sessionId: string,
  { endedAt }: { endedAt?: string } = {},
  store: DexieSyncStore = localStore,
): Promise<SessionSummary> {
  const { db } = store;
  // Loaded before the transaction opens (see write); ending is the only place a summary is made.
  const [check, { summarizeSession }] = await Promise.all([
    loadCheck(),
    import('../../../core/sessions/summary'),
  ]);
  return db.transaction('rw', db.tables, async () => {
    const current = await readSession(sessionId, store);
    if (!current) throw new Error('This conversation no longer exists.');
    const ended = current.session.ended_at ?? endedAt ?? nowIso();
    const summary = summarizeSession(
      current.emotionLogs,
      current.messages,
      current.feedback,
      ended,
    );
    const { id: _id, ...session } = current.session;
    await write(
      store,
      'sessions',
      sessionId,
      {
        ...session,
        ended_at: ended,
        summary,
        dominant_emotion: summary.dominant_emotion,
        total_stress_score: summary.mean_stress,
      },
      check,
    );
    return summary;
  });
}

/** Live sessions, newest first. */
export async function listSessions(
  { limit = 50 }: { limit?: number } = {},
  store: DexieSyncStore = localStore,
): Promise<ChatSession[]> {
  const rows = await store.db.sessions.orderBy('data.started_at').reverse().limit(limit).toArray();
  return rows.filter(live).map((row) => ({ id: row.id, ...row.data }));
}
