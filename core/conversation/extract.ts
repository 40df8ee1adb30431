import { negatedBefore } from '../text/negation';
import { normalizeForMatching } from '../text/normalize';
import { phrase } from '../text/phrases';
import { scoreSentiment } from '../text/sentiment';
import { findStressors, type StressorTopic } from '../text/stressors';
import { tokenize } from '../text/tokenize';
import { findAchievement } from './news';
import { swapPerson } from './swap';
import { DETERMINERS, EVENTS, FEELINGS, PEOPLE, THINGS, type FeelingFamily } from './words';
import { nounPhraseAround } from './nounPhrase';

export interface Feeling {
  /** As the person said it, in second person ("burnt out", "on your own"). */
  word: string;
  family: FeelingFamily;
}

/** Something the person talked about, keyed so it is recognised when they come back to it. */
export interface Mention {
  key: string;
  /** Said back to the person: "your sister", "the deadline on the project". */
  phrase: string;
  /** Named inside a sentence that reads as a worry (stressors.ts). */
  worry: boolean;
}

export interface Mentions {
  feelings: Feeling[];
  people: Mention[];
  things: Mention[];
  topics: StressorTopic[];
  /** Good news in their words, second person: "you passed your exam". */
  achievement: string | null;
  /** They describe trying or managing something, which deserves an affirmation. */
  effort: boolean;
}

/** Words that are feelings only after "feel", "I'm", "so" ...: "sit down", "low battery". */
const AMBIGUOUS = new Set(['down', 'low', 'lost', 'hurt', 'empty', 'great', 'alone', 'mad']);
const FEELING_LEAD =
  /(?:feel|feeling|felt|i'?m|am|so|really|very|been|bit|kinda|pretty|quite|too)\s+$/;

const FEELING_PATTERNS = (Object.entries(FEELINGS) as [FeelingFamily, string][]).map(
  ([family, source]) => ({ family, pattern: phrase(source) }),
);
const PERSON = phrase(
  `(?:my|our) (?:(?:little|big|older|younger|best|new|old|twin) )?(?:${PEOPLE})`,
);
const THING = phrase(THINGS);
const EFFORT = phrase(
  "i (?:(?:have|'ve) been trying|tried|managed|kept going|still went|went for|finally|decided|asked|told|reached out|got up|made myself|showed up|(?:have|'ve) been working|am trying|'m trying|did my best|did the|did it|(?:have|'ve) done|got (?:it|something) done|started)",
);

const singular = (word: string): string => word.replace(/(?<!s)s$/, '');

/** Lower-cases a phrase that began a sentence ("Work is ..."), keeping names and "I". */
const unsentence = (phrase: string): string =>
  /^[A-Z][a-z]/.test(phrase) && !/^I\b/.test(phrase)
    ? phrase[0]!.toLowerCase() + phrase.slice(1)
    : phrase;

/** Nouns that read naturally without "the" or "my": "work", "exams". */
const BARE_OK = new Set([
  'work',
  'coursework',
  'rent',
  'debt',
  'revision',
  'finals',
  'bills',
  'emails',
  'results',
]);
const EVENT_PATTERNS = EVENTS.map(([source, key, said]) => ({
  pattern: phrase(source),
  key,
  said,
}));

function findFeelings(text: string, normalized: string): Feeling[] {
  const found: { at: number; feeling: Feeling }[] = [];
  for (const { family, pattern } of FEELING_PATTERNS) {
    for (const match of normalized.matchAll(pattern)) {
      const before = normalized.slice(Math.max(0, match.index - 24), match.index);
      if (AMBIGUOUS.has(match[0]) && !FEELING_LEAD.test(before)) continue;
      if (negatedBefore(normalized, match.index, { window: 3 })) continue;
      const word = swapPerson(text.slice(match.index, match.index + match[0].length));
      found.push({ at: match.index, feeling: { word: word.toLowerCase(), family } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ feeling }) => feeling);
}

function findPeople(text: string, normalized: string): Mention[] {
  const people: Mention[] = [];
  for (const match of normalized.matchAll(PERSON)) {
    const end = match.index + match[0].length;
    // "my friend Sam": keep the name, which is how the person will refer back to them.
    const name = /^ ([A-Z][a-z]+)\b/.exec(text.slice(end))?.[1];
    const said = swapPerson(text.slice(match.index, end)).toLowerCase();
    const key = singular(match[0].split(' ').at(-1)!);
    people.push({ key, phrase: name ? `${said} ${name}` : said, worry: false });
  }
  return people;
}

/** Everything the responder reads from one message. */
export function extractMentions(text: string): Mentions {
  const normalized = normalizeForMatching(text);
  const stressors = findStressors(text);
  const tokens = tokenize(text);
  const things: Mention[] = [];
  let covered = -1;
  for (const match of normalized.matchAll(THING)) {
    // "the project" inside "the deadline on the project" is already said.
    if (match.index < covered) continue;
    const span = nounPhraseAround(text, tokens, match.index, match.index + match[0].length);
    covered = span.end;
    const worry = stressors.some((s) => s.span.start >= span.start && s.span.end <= span.end);
    const key = singular(match[0]).replace('break-up', 'breakup');
    const determined = DETERMINERS.has(normalized.slice(span.start).split(/\s/, 1)[0]!);
    if (!determined && key === match[0] && !BARE_OK.has(key)) continue;
    if (things.some((thing) => thing.key === key)) continue;
    things.push({ key, phrase: unsentence(swapPerson(span.text)), worry });
  }
  for (const { pattern, key, said } of EVENT_PATTERNS) {
    const at = normalized.search(pattern);
    if (at === -1 || things.some((thing) => thing.key === key)) continue;
    things.push({
      key,
      phrase: said,
      worry: stressors.length > 0 || scoreSentiment(text).valence < 0,
    });
  }
  return {
    feelings: findFeelings(text, normalized),
    people: findPeople(text, normalized),
    things,
    topics: [...new Set(stressors.map((s) => s.topic))],
    achievement: findAchievement(text, normalized),
    effort: normalized.search(EFFORT) !== -1,
  };
}
