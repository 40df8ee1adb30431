/**
 * Whether a message says, in so many words, that the person is stressed, anxious or overwhelmed:
 * "I'm so stressed about the deadline", "there's just too much to do". What a person says about
 * their own stress is the most direct sign of it there is, so fusion lets it raise the stress
 * score and weighs it against a smiling face (core/fusion/stress.ts, hidden-stress.ts). A denial
 * ("I'm not stressed") does not count.
 */
import { negatedBefore } from './negation';
import { normalizeForMatching } from './normalize';
import { anyOf, matchPhrase, phrase } from './phrases';
import { sentenceAround } from './tokenize';

/** Words and phrases that name stress, anxiety or overload, written for RIVION. */
const STATED_STRESS = phrase(
  anyOf([
    'stress(?:ed|ful|ing)?',
    'anxious',
    'anxiety',
    'overwhelm(?:ed)?',
    'panick(?:ed|ing)',
    'panic attacks?',
    'worried',
    'worrying',
    'nervous',
    'tense',
    'on edge',
    'under (?:so much |a lot of )?pressure',
    'swamped',
    'drowning in',
    'freaking out',
    'burn(?:ed|t) out',
    'burning out',
    'too much (?:to do|on my plate|going on|work)',
    'so much to do',
    "can'?t cope",
    "can'?t keep up",
  ]),
);

/** Someone else's stress: the sentence speaks of you, him, her or them and never of the writer. */
const OTHERS = phrase("you|you'?re|your|he|he'?s|she|she'?s|his|her|they|they'?re|their");
const WRITER = phrase("i|i'?m|i'?ve|i'?d|im|me|my|myself|we|we'?re|us|our");
/** "less stressful", "no more stress": a relief, not a complaint. */
const LESSENED = /(?:less|no more|not as|stress-?free)\s*$/;

export function statesStress(text: string): boolean {
  const normalized = normalizeForMatching(text);
  return matchPhrase(STATED_STRESS, normalized).some(({ start }) => {
    if (negatedBefore(normalized, start, { window: 3 })) return false;
    if (LESSENED.test(normalized.slice(Math.max(0, start - 12), start))) return false;
    const { start: from, end } = sentenceAround(normalized, start);
    const sentence = normalized.slice(from, end);
    return !(matches(OTHERS, sentence) && !matches(WRITER, sentence));
  });
}

const matches = (pattern: RegExp, text: string) => matchPhrase(pattern, text).length > 0;
