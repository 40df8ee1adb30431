/**
 * The page's memory of an open session after a reload or on another device: the conversation so
 * far (the responder remembers what the person said), their baseline from past sessions, and the
 * safety level the session reached, so the resources stay up.
 */
import type { Baseline } from '../../../core/fusion/types';
import type { RivionDb } from '../store/db';
import { endedSessions, sessionMessages, type ChatSession } from './chat-store';
import type { Fusion } from './parts';
import type { ConversationMemory } from './send-message';

export async function rebuildMemory(
  database: RivionDb,
  session: ChatSession,
  fusion: Fusion,
): Promise<ConversationMemory> {
  const messages = await sessionMessages(database, session.id);
  const past = await endedSessions(database);
  return {
    sessionId: session.id,
    startedAt: Date.parse(session.started_at),
    baseline: baselineFrom(past.map((s) => s.total_stress_score)),
    turns: messages.map((message) => ({
      sender: message.sender,
      content: message.content,
      at: Date.parse(message.created_at),
    })),
    levels: [],
    offered: messages.flatMap((message) => (message.suggestion ? [message.suggestion] : [])),
    fusion,
    fused: null,
    safety: null,
  };
}

/** The person's usual stress: the mean of their past sessions' (STAND-IN for buildBaseline). */
export function baselineFrom(pastStress: readonly (number | null)[]): Baseline {
  const known = pastStress.filter((value): value is number => value !== null);
  return {
    stress: known.length ? known.reduce((a, b) => a + b, 0) / known.length : null,
    blinkRatePerMinute: null,
    faceArousal: null,
    samples: 0,
  };
}
