/**
 * The chat page's reads, and its writes through the device's session store
 * (store/chat-sessions.ts: record and outbox in one transaction, checked as the server will; sync
 * happens later). Safety events go to their own device-only table.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MicroIntervention } from '../../../core/conversation/types';
import type { Emotion } from '../../../core/emotions';
import type {
  EmotionLogData,
  FeedbackData,
  MessageData,
  SessionData,
  SyncDataByTable,
  SyncTable,
} from '../../../core/sync/protocol';
import { db, type RivionDb, type SyncRow } from '../store/db';
import {
  addEmotionLog,
  addMessage,
  rateSuggestion as rateSessionSuggestion,
  startSession,
} from '../store/chat-sessions';

export type ChatSession = SessionData & { id: string };
export type ChatMessage = MessageData & { id: string };

/** Live records with their ids; tombstones left out. */
function live<T extends SyncTable>(rows: SyncRow<T>[]): (SyncDataByTable[T] & { id: string })[] {
  return rows.flatMap((row) =>
    row.deleted ? [] : [Object.assign({ id: row.id }, row.data as SyncDataByTable[T])],
  );
}

/** The newest session that has not ended, if any. */
export async function openSession(database: RivionDb): Promise<ChatSession | null> {
  const rows = await database.sessions.orderBy('data.started_at').reverse().toArray();
  return live(rows).find((session) => session.ended_at === null) ?? null;
}

/** The messages of a session, oldest first. */
export async function sessionMessages(
  database: RivionDb,
  sessionId: string,
): Promise<ChatMessage[]> {
  const rows = await database.messages.where('data.session_id').equals(sessionId).toArray();
  return live(rows).sort((a, b) => a.created_at.localeCompare(b.created_at));
}

export async function sessionEmotionLogs(
  database: RivionDb,
  sessionId: string,
): Promise<EmotionLogData[]> {
  return live(await database.emotion_logs.where('data.session_id').equals(sessionId).toArray());
}

export async function sessionFeedback(
  database: RivionDb,
  sessionId: string,
): Promise<FeedbackData[]> {
  return live(await database.feedback.where('data.session_id').equals(sessionId).toArray());
}

/** Sessions that ended, oldest first. */
export async function endedSessions(database: RivionDb): Promise<ChatSession[]> {
  const rows = await database.sessions.orderBy('data.started_at').toArray();
  return live(rows).filter((session) => session.ended_at !== null);
}

export function useOpenSession(): ChatSession | null | undefined {
  return useLiveQuery(() => openSession(db), []);
}

export function useSessionMessages(sessionId: string | undefined): ChatMessage[] | undefined {
  return useLiveQuery(
    () => (sessionId ? sessionMessages(db, sessionId) : Promise.resolve([])),
    [sessionId],
  );
}

export async function startChatSession(now = new Date()): Promise<string> {
  return startSession({ startedAt: now.toISOString() });
}

export interface NewMessage {
  sender: 'user' | 'ai';
  content: string;
  emotion_label: Emotion | null;
  response_time_ms: number | null;
  suggestion: MicroIntervention | null;
}

/** Writes one message; returns its id (feedback on a suggestion names it). */
export async function addChatMessage(sessionId: string, message: NewMessage): Promise<string> {
  return addMessage(sessionId, message);
}

export async function addChatEmotionLog(
  sessionId: string,
  row: Omit<EmotionLogData, 'session_id'>,
): Promise<void> {
  await addEmotionLog(sessionId, row);
}

export type SuggestionFeedback = Omit<FeedbackData, 'created_at'>;

/** The person's answer to "did that help?", stored locally and synced like the rest. */
export async function rateSuggestion({ session_id, ...rating }: SuggestionFeedback): Promise<void> {
  await rateSessionSuggestion(session_id, rating);
}
