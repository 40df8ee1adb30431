import { extractMentions, type Mention, type Mentions } from './extract';
import { interventionsIn, offerIn } from './suggest';
import type { MicroIntervention, Turn } from './types';

/** Something said earlier in the session, with how often and when it came up. */
export interface Remembered extends Mention {
  /** Index among the person's messages where it last came up. */
  lastTurn: number;
  times: number;
}

/** What the responder knows about the session before it answers the latest message. */
export interface SessionMemory {
  latest: string;
  mentions: Mentions;
  /** The person's messages, this one included. */
  userTurns: number;
  /** People and things from earlier messages, most recent first. */
  earlier: Remembered[];
  /** Everything the companion has said, to avoid saying it again. */
  said: string;
  lastReply: string;
  /** What the companion's last reply offered, if it offered something. */
  lastOffer: MicroIntervention | null;
  /** Replies since the last one that offered or guided an intervention. */
  sinceSuggestion: number;
}

/** Phrases that introduce a memory, so the same memory is not brought back twice. */
export const RECALL_LEADS = ['mentioned', 'brought up', 'talked about', 'said'] as const;

/** Reads the session: the latest message, what came before it and what the companion said. */
export function readSession(history: readonly Turn[]): SessionMemory {
  const userMessages = history.filter((turn) => turn.sender === 'user').map((t) => t.content);
  const replies = history.filter((turn) => turn.sender === 'ai').map((t) => t.content);
  const latest = userMessages.at(-1) ?? '';
  const earlier = new Map<string, Remembered>();
  userMessages.slice(0, -1).forEach((message, turn) => {
    const { people, things } = extractMentions(message);
    for (const mention of [...people, ...things]) {
      const seen = earlier.get(mention.key);
      earlier.set(mention.key, {
        ...mention,
        worry: mention.worry || (seen?.worry ?? false),
        lastTurn: turn,
        times: (seen?.times ?? 0) + 1,
      });
    }
  });
  let lastSuggestion = -1;
  replies.forEach((reply, index) => {
    if (interventionsIn(reply).length > 0) lastSuggestion = index;
  });
  const lastReply = replies.at(-1) ?? '';
  return {
    latest,
    mentions: extractMentions(latest),
    userTurns: userMessages.length,
    earlier: [...earlier.values()].sort((a, b) => b.lastTurn - a.lastTurn),
    said: replies.join('\n'),
    lastReply,
    lastOffer: offerIn(lastReply),
    sinceSuggestion: lastSuggestion === -1 ? Infinity : replies.length - 1 - lastSuggestion,
  };
}

/** True when an earlier reply already brought this memory back ("earlier you mentioned ..."). */
export const recalled = (memory: SessionMemory, phrase: string): boolean =>
  RECALL_LEADS.some((lead) => memory.said.includes(`${lead} ${phrase}`));
