import { respond } from './respond';
import type { MicroIntervention, MoodState, Reply, Turn } from './types';

export interface Said {
  text: string;
  /** The fused state when they said it; null when no modality is on. */
  mood: MoodState | null;
}

export interface Exchange extends Said {
  reply: Reply;
}

/** A calm default for sessions that do not care about the mood. */
export const CALM: MoodState = {
  emotion: 'neutral',
  stress: 20,
  valence: 0.1,
  arousal: 0.4,
  hiddenStress: false,
};

/**
 * Plays a whole session through the built-in responder the way the chat page does: each reply
 * sees the history so far and the suggestions already offered. For samples and tests.
 */
export function simulateSession(
  messages: readonly Said[],
  start = Date.UTC(2026, 0, 5, 9),
): Exchange[] {
  const history: Turn[] = [];
  const offered: MicroIntervention[] = [];
  return messages.map((message, i) => {
    history.push({ sender: 'user', content: message.text, at: start + i * 60_000 });
    const reply = respond({ history, mood: message.mood, offered });
    history.push({ sender: 'ai', content: reply.text, at: start + i * 60_000 + 1_000 });
    if (reply.suggestion) offered.push(reply.suggestion);
    return { ...message, reply };
  });
}
