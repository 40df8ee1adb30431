/**
 * The page's memory of an open session after a reload or on another device: the conversation so
 * far (the responder remembers what the person said), their baseline from past sessions, and what
 * the safety panel shows, walked again from the stored messages so the help stays up.
 */
import type { Baseline } from '../../../core/fusion/types';
import type { RivionDb } from '../store/db';
import { endedSessions, sessionMessages, type ChatSession } from './chat-store';
import { buildBaseline, type Fusion, type JudgedTurn } from './parts';
import type { ConversationMemory } from './send-message';
import { NOTHING_SHOWN } from './turn-records';

export async function rebuildMemory(
  database: RivionDb,
  session: ChatSession,
  fusion: Fusion,
): Promise<ConversationMemory> {
  const messages = await sessionMessages(database, session.id);
  // The detector is the page's largest chunk; it and the conversation rules load here, on the
  // first message of a session (the rules straight from core: importing parts.ts dynamically
  // would mark every part it re-exports, the responder too, as used by the page).
  const [{ detectCrisis }, { judgeConversation }] = await Promise.all([
    import('../perception/crisis-detector'),
    import('../../../core/text/crisis/conversation'),
  ]);
  const startedAt = Date.parse(session.started_at);
  // Crisis checks are not stored with messages (only levels go to the emotion log), so the
  // person's earlier messages are checked again here; a session is a few dozen messages.
  const turns: JudgedTurn[] = messages.map((message) => {
    const at = Date.parse(message.created_at);
    return message.sender === 'user'
      ? { sender: 'user', content: message.content, at, crisis: detectCrisis(message.content) }
      : { sender: 'ai', content: message.content, at };
  });
  return {
    sessionId: session.id,
    startedAt,
    baseline: await pastBaseline(database, startedAt),
    turns,
    offered: messages.flatMap((message) => (message.suggestion ? [message.suggestion] : [])),
    fusion,
    fused: null,
    safety: turns.some((turn) => turn.sender === 'user')
      ? judgeConversation(turns).keepVisible
      : NOTHING_SHOWN,
  };
}

/** The person's usual stress from their ended sessions (the call adds its first minute to it). */
export async function pastBaseline(database: RivionDb, startedAt: number): Promise<Baseline> {
  const past = await endedSessions(database);
  return buildBaseline({
    readings: [],
    sessionStartedAt: startedAt,
    pastSessionStress: past.flatMap((s) =>
      s.total_stress_score === null ? [] : [s.total_stress_score],
    ),
  });
}
