import { scoreSentiment } from '../text/sentiment';
import { swapPerson } from './swap';

/** Openers that carry no meaning when said back: "yeah", "I guess", "honestly". */
const HEDGE =
  /^(?:(?:yeah|yes|well|so|ok|okay|honestly|and|but|like|just|um+|uh+|i guess|i think|i mean|to be honest|tbh|basically|anyway)[,\s]+)+/i;
const TRAILER = /[,\s]+(?:to be honest|tbh|lol|haha|really|i guess|i think)$/i;
const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|i'll|my|me|we|our|us|myself)\b/i;
/**
 * A clause said back needs its subject: "not sure how I feel" or "can't sleep again" has none, so
 * clauses starting with these words are left out.
 */
const NO_SUBJECT =
  /^(?:not|no|never|just|maybe|probably|also|really|so|to|for|and|but|or|if|what|why|how|where|which|who|can'?t|cannot|don'?t|didn'?t|won'?t|feeling|feel|been|being|having|getting|going|trying|kind|sort|pretty|too|very|like|thanks|thank|please|anyway)\b/i;
/** About their day, said back without a first-person word: "it's been a pretty normal day". */
const DAY = /^(?:it'?s been|it was|today was|today has been|this week has been)\b/i;
/** Said back, these would turn into nonsense ("you told you") or answer for someone else. */
const UNSAYABLE = /\b(?:you|your|yours|u|ur|yourself)\b|[?"()]/i;
const COMMON_START =
  /^(?:you|your|it|its|it's|today|this|the|a|an|since|when|after|because|ever|nobody|no one|everyone|everything|people|work|rent|school|uni|life|things|we|they|she|he|there|my|our)\b/i;
const MIN_WORDS = 3;
const MAX_WORDS = 16;

export interface Clause {
  /** Second person, ready to follow "It sounds like": "you keep checking your phone". */
  text: string;
  valence: number;
}

/**
 * The clause of the message most worth saying back: a short first-person statement, turned to
 * second person. The most emotional one wins; among equals the last, which is usually the point.
 */
export function reflectableClause(message: string): Clause | null {
  let best: Clause | null = null;
  for (const piece of message.split(/[.!;\n]+|,\s+(?=(?:i|i'm|i've|my|we)\b)/i)) {
    const trimmed = piece.trim().replace(HEDGE, '').replace(TRAILER, '').trim();
    const words = trimmed.split(/\s+/).filter(Boolean);
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
    if (NO_SUBJECT.test(trimmed) || !(FIRST_PERSON.test(trimmed) || DAY.test(trimmed))) continue;
    if (UNSAYABLE.test(trimmed)) continue;
    const valence = scoreSentiment(trimmed).valence;
    if (best && Math.abs(valence) < Math.abs(best.valence)) continue;
    const swapped = swapPerson(trimmed);
    // Lower-case the sentence start, but not a name ("Sam said ...").
    const name = /^\p{Lu}\p{Ll}+\b/u.test(swapped) && !COMMON_START.test(swapped);
    const text = name ? swapped : swapped[0]!.toLowerCase() + swapped.slice(1);
    best = { text, valence };
  }
  return best;
}
