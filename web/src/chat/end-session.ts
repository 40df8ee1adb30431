/**
 * Ending a conversation: its summary (computed on the device from the session's emotion logs,
 * messages and feedback) is stored with the session, and the burnout estimate over the person's
 * sessions is computed here, on the device, to show beside it.
 */
import type { RivionDb } from '../store/db';
import {
  endChatSession,
  endedSessions,
  sessionEmotionLogs,
  sessionMessages,
  type ChatSession,
} from './chat-store';
import {
  estimateBurnout,
  summarizeSession,
  type BurnoutEstimate,
  type SessionSummary,
} from './parts';

export interface Ended {
  sessionId: string;
  summary: SessionSummary;
  burnout: BurnoutEstimate;
}

export async function endConversation(database: RivionDb, session: ChatSession): Promise<Ended> {
  const logs = await sessionEmotionLogs(database, session.id);
  const messages = await sessionMessages(database, session.id);
  const summary = summarizeSession(logs, messages.length);
  await endChatSession(session, {
    meanStress: summary.mean_stress,
    dominant: summary.dominant_emotion,
  });
  const burnout = estimateBurnout(await endedSessions(database));
  return { sessionId: session.id, summary, burnout };
}
