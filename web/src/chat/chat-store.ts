/**
 * The chat page's reads and writes, always through the local store (sync happens later). This is
 * the seam to the sessions work in web/src/store/: writes go through its functions once they land.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MicroIntervention } from '../../../core/conversation/types';
import type { Emotion } from '../../../core/emotions';
import type { SessionSummary } from './parts';
import type { EmotionLogData, MessageData, SessionData } from '../../../core/sync/protocol';
import { db, type RivionDb } from '../store/db';
import { localStore } from '../store/local-store';

export type ChatSession = SessionData & { id: string };
export type ChatMessage = MessageData & { id: string; suggestion?: MicroIntervention | null };

/** The newest session that has not ended, if any. */
export async function openSession(database: RivionDb): Promise<ChatSession | null> {
  const rows = await database.sessions.orderBy('data.started_at').reverse().toArray();
  const open = rows.find((row) => !row.deleted && row.data.ended_at === null);
  return open && !open.deleted ? { id: open.id, ...open.data } : null;
}

/** The messages of a session, oldest first. */
export async function sessionMessages(
  database: RivionDb,
  sessionId: string,
): Promise<ChatMessage[]> {
  const rows = await database.messages.where('data.session_id').equals(sessionId).toArray();
  return rows
    .flatMap((row) => (row.deleted ? [] : [{ id: row.id, ...row.data }]))
    .sort((a, b) => a.created_at.localeCompare(b.created_at));
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
  const id = crypto.randomUUID();
  await localStore.writeLocal('sessions', id, {
    started_at: now.toISOString(),
    ended_at: null,
    topic: null,
    total_stress_score: null,
    dominant_emotion: null,
    burnout_risk_level: null,
    notes: null,
  });
  return id;
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
  const id = crypto.randomUUID();
  const { suggestion, ...fields } = message;
  void suggestion; // STAND-IN: the messages table gains `suggestion` with the sessions work.
  await localStore.writeLocal('messages', id, {
    ...fields,
    session_id: sessionId,
    tokens_used: null,
    created_at: new Date().toISOString(),
  });
  return id;
}

export async function addChatEmotionLog(
  sessionId: string,
  row: Omit<EmotionLogData, 'session_id'>,
): Promise<void> {
  await localStore.writeLocal('emotion_logs', crypto.randomUUID(), {
    ...row,
    session_id: sessionId,
  });
}

export async function sessionEmotionLogs(
  database: RivionDb,
  sessionId: string,
): Promise<EmotionLogData[]> {
  const rows = await database.emotion_logs.where('data.session_id').equals(sessionId).toArray();
  return rows.flatMap((row) => (row.deleted ? [] : [row.data]));
}

/** Past sessions that ended, newest last, as stored. */
export async function endedSessions(database: RivionDb): Promise<ChatSession[]> {
  const rows = await database.sessions.orderBy('data.started_at').toArray();
  return rows.flatMap((row) =>
    !row.deleted && row.data.ended_at !== null ? [{ id: row.id, ...row.data }] : [],
  );
}

/** Ends the session with its summary figures (the full summary is stored once sessions land). */
export async function endChatSession(
  session: ChatSession,
  endedAt: string,
  summary: Pick<SessionSummary, 'mean_stress' | 'dominant_emotion'>,
): Promise<void> {
  const { id, ...data } = session;
  await localStore.writeLocal('sessions', id, {
    ...data,
    ended_at: endedAt,
    total_stress_score: summary.mean_stress,
    dominant_emotion: summary.dominant_emotion,
  });
}

export interface SuggestionFeedback {
  session_id: string;
  message_id: string | null;
  suggestion_type: MicroIntervention;
  was_helpful: boolean | null;
  rating: number | null;
  comment: string | null;
}

/** STAND-IN until the feedback table lands: kept for this page only. */
const feedbackGiven: (SuggestionFeedback & { created_at: string })[] = [];

export async function rateSuggestion(feedback: SuggestionFeedback): Promise<void> {
  feedbackGiven.push({ ...feedback, created_at: new Date().toISOString() });
  return Promise.resolve();
}

export function feedbackOf(sessionId: string): SuggestionFeedback[] {
  return feedbackGiven.filter((feedback) => feedback.session_id === sessionId);
}
