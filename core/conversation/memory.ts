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
  /** Of those, the ones that told something (three words or more), not "hi" or "ok". */
  toldTurns: number;
  /** People and things from earlier messages, most recent first. */
  earlier: Remembered[];
  /** People and things of each of the person's messages, in order, this one included. */
  byMessage: Mention[][];
  /** Everything the companion has said, to avoid saying it again. */
  said: string;
  lastReply: string;
  /** What the companion's last reply offered, if it offered something. */
  lastOffer: MicroIntervention | null;
  /** Replies since the last one that offered or guided an intervention. */
  sinceSuggestion: number;
}

const SHE = new Set(
  'sister mum mom mother girlfriend wife daughter grandma grandmother aunt'.split(' '),
);
const HE = new Set(
  'brother dad father boyfriend husband son grandad grandpa grandfather uncle'.split(' '),
);

/**
 * "I called her" after "my sister ...": she is the sister, so the sister is talked about now (and
 * not "earlier"). Only for relations whose pronoun is clear; a named friend stays unresolved.
 */
function resolvePronouns(
  latest: string,
  mentions: Mentions,
  earlier: readonly Remembered[],
): Mentions {
  const words = new Set(latest.toLowerCase().match(/[a-z']+/g) ?? []);
  const resolved = [...mentions.people];
  for (const [pronouns, keys] of [
    [['she', 'her', "she's"], SHE],
    [['he', 'him', 'his', "he's"], HE],
  ] as const) {
    if (!pronouns.some((p) => words.has(p)) || resolved.some((m) => keys.has(m.key))) continue;
    const person = earlier.find((item) => keys.has(item.key));
    if (person) resolved.push({ key: person.key, phrase: person.phrase, worry: person.worry });
  }
  return { ...mentions, people: resolved };
}

/** Phrases that introduce a memory, so the same memory is not brought back twice. */
export const RECALL_LEADS = ['mentioned', 'brought up', 'talked about', 'said'] as const;

/** How many of the person's messages are remembered: a long session stays fast to answer. */
const MEMORY_WINDOW = 40;
/** Messages already read, by text: each reply would otherwise re-read the whole session. */
const READ_CACHE = new Map<string, Mentions>();
const READ_CACHE_SIZE = 500;

function readMessage(text: string): Mentions {
  let mentions = READ_CACHE.get(text);
  if (!mentions) {
    mentions = extractMentions(text);
    if (READ_CACHE.size >= READ_CACHE_SIZE) READ_CACHE.delete(READ_CACHE.keys().next().value!);
    READ_CACHE.set(text, mentions);
  }
  return mentions;
}

/** Reads the session: the latest message, what came before it and what the companion said. */
export function readSession(history: readonly Turn[]): SessionMemory {
  const allUserMessages = history.filter((turn) => turn.sender === 'user').map((t) => t.content);
  const userMessages = allUserMessages.slice(-MEMORY_WINDOW);
  const skipped = allUserMessages.length - userMessages.length;
  const replies = history.filter((turn) => turn.sender === 'ai').map((t) => t.content);
  const latest = userMessages.at(-1) ?? '';
  const earlier = new Map<string, Remembered>();
  const byMessage: Mention[][] = [];
  userMessages.forEach((message, turn) => {
    const ordered = [...earlier.values()].sort((a, b) => b.lastTurn - a.lastTurn);
    const { people, things } = resolvePronouns(message, readMessage(message), ordered);
    byMessage.push([...things, ...people]);
    if (turn === userMessages.length - 1) return;
    for (const mention of [...people, ...things]) {
      const seen = earlier.get(mention.key);
      earlier.set(mention.key, {
        ...mention,
        worry: mention.worry || (seen?.worry ?? false),
        lastTurn: skipped + turn,
        times: (seen?.times ?? 0) + 1,
      });
    }
  });
  let lastSuggestion = -1;
  replies.forEach((reply, index) => {
    if (interventionsIn(reply).length > 0) lastSuggestion = index;
  });
  const lastReply = replies.at(-1) ?? '';
  const remembered = [...earlier.values()].sort((a, b) => b.lastTurn - a.lastTurn);
  return {
    latest,
    mentions: resolvePronouns(latest, readMessage(latest), remembered),
    byMessage,
    userTurns: allUserMessages.length,
    toldTurns: allUserMessages.filter((text) => text.trim().split(/\s+/).length >= 3).length,
    earlier: remembered,
    said: replies.join('\n'),
    lastReply,
    lastOffer: offerIn(lastReply),
    sinceSuggestion: lastSuggestion === -1 ? Infinity : replies.length - 1 - lastSuggestion,
  };
}

/** True when an earlier reply already brought this memory back ("earlier you mentioned ..."). */
export const recalled = (memory: SessionMemory, phrase: string): boolean =>
  RECALL_LEADS.some((lead) => memory.said.includes(`${lead} ${phrase}`));
