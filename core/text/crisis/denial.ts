import { oneOf } from '../phrases';
import { pastAndResolved, resolutionEnd } from './context';
import { FEELING_NOT_RISK } from './model';
import { negatedBefore } from '../negation';

/**
 * What the learned classifier should not read, found on the rules' masked canonical text: a plain
 * denial of a risk word ("I'm not a burden", "I don't know anyone who self harms"; its clause
 * only), an ordinary absence ("when I'm gone for the weekend"), a note with an ordinary purpose
 * ("a note explaining why I moved her bike") and a low mood told as over ("I felt like a burden at
 * uni. Therapy helped"). The rules reject most of these inside their patterns (negative
 * lookaheads), so no rule fires to explain them away, while a bag of words still sees "burden",
 * "self harm" and "when I'm gone" and would re-raise them.
 */

/** Words whose denial settles a sentence: death, suicide, self-harm, burden, hopelessness. */
const RISK = new RegExp(
  `\\b${oneOf([
    'die',
    'dying',
    'died',
    'dead',
    'death',
    'suicid(?:e|al)',
    'kill(?:ing)? myself',
    'unalive\\w*',
    'end(?:ing)? (?:it all|my life)',
    'burden',
    'self[- ]?harm\\w*',
    '(?:hurt|hurting|harm|harming|cut|cutting) (?:myself|themselves|himself|herself)',
    'hopeless',
    'overdos\\w*',
  ])}\\b`,
  'g',
);
const ANY_RISK = new RegExp(RISK.source);

/** Death and self-harm stay elevated however resolved (SAFETY-SET.md): never settled as a mood. */
const DEATH_OR_HARM = new RegExp(
  `\\b${oneOf([
    'die',
    'dying',
    'died',
    'dead',
    'death',
    'suicid\\w*',
    'kill\\w* myself',
    'overdos\\w*',
    'self[- ]?harm\\w*',
    'cut\\w*',
    'hurt\\w* myself',
    'attempt\\w*',
  ])}\\b`,
);

/**
 * Anywhere in the clause, a negator that denies a feeling or a reason rather than the risk ("I
 * don't care if I die", "I'm not scared to die", "no reason not to"), or a failed attempt ("didn't
 * work", "not deep enough"): not a denial.
 */
const FLIP = new RegExp(
  `\\b${oneOf([
    ...FEELING_NOT_RISK,
    'why',
    'work',
    'worked',
    'enough',
    'properly',
    'deep',
    'deeper',
    'survive',
    'survived',
    'anyone would',
    'even',
  ])}\\b`,
);

/** Means, an attempt or a time in the same sentence keep it for the classifier however it is worded. */
const KEEP = new RegExp(
  `\\b${oneOf([
    'do it',
    'doing it',
    'this time',
    'last time',
    'next time',
    'properly',
    'pills?',
    'tablets?',
    'meds',
    'rope',
    'blade',
    'razor',
    'knife',
    'gun',
    'bridge',
    'overdose',
    'took',
    'taken',
    'swallowed',
    'tried',
    'try',
    'attempt\\w*',
    'woke',
    'tonight',
    'today',
    'yet',
    'right now',
    'plan\\w*',
    'note',
    'letter',
    'goodbye',
    'bye',
    'anymore',
    'any more',
    'again',
  ])}\\b`,
);

/** Being away for an ordinary reason: "when I'm gone for the weekend", "while I'm away on holiday". */
const ORDINARY_ABSENCE = new RegExp(
  `\\b(?:when|while|once|after|if) (?:i'm|i am) (?:gone|away|not (?:here|around|home)) ${oneOf([
    `for (?:the |a |two |three |\\d+ )?${oneOf([
      'weekend',
      'week',
      'weeks',
      'day',
      'days',
      'night',
      'nights',
      'month',
      'holiday',
      'holidays',
      'trip',
      'work',
      'surgery',
      'operation',
      'conference',
      'festival',
    ])}`,
    'on (?:holiday|holidays|a trip|the trip|tour|business|placement|leave|call)',
    'to (?:work|uni|school|college|the|my|visit|see)',
    'at (?:work|uni|school|college|the|my)',
    'in (?:hospital|surgery|the hospital|[a-z]+ for)',
    'abroad',
    'travelling',
    'traveling',
    'visiting',
    'away',
  ])}\\b`,
);

/** Away as a habit, not for good: "when I'm not around the dog chews everything". */
const HABITUAL_ABSENCE = new RegExp(
  `\\b(?:when|while|whenever) (?:i'm|i am) (?:not (?:here|around|home|in)|away|out)\\b(?! ${oneOf([
    'anymore',
    'any more',
    'for good',
    'forever',
    'permanently',
    'no more',
    'much longer',
  ])})`,
);

/**
 * A note explaining an ordinary act, which has an object ("why I ate her cheese", "why I moved
 * the car"); a goodbye note explains an act without one ("why I did it", "why I had to go").
 */
const ORDINARY_NOTE = new RegExp(
  `\\b${oneOf([
    'letters?',
    'notes?',
    'messages?',
    'emails?',
    'texts?',
    'cards?',
  ])} [^.!?\\n]{0,60}?${oneOf([
    'explain\\w*',
    'saying',
    'telling \\w+',
  ])} why i (?!did|had|have|'ve|couldn't|can't|chose|'m doing|am doing|need|must)[\\p{L}']+ ${oneOf(
    ['her', 'his', 'their', 'our', 'your', 'the', 'a', 'an', 'some', 'that', 'this', 'those'],
  )} (?!life|lives|pills|tablets|meds|rope)[\\p{L}']+`,
  'u',
);

/** Moods that resolve (SAFETY-SET.md): a burden, hopelessness, no way out, not coping. */
const MOOD =
  /\b(?:burden|hopeless|trapped|no way out|worthless|(?:can't|couldn't) (?:cope|go on|take it|see a way))\b/;

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
/** A denial settles only its own clause: "I don't want to die, I just want it all to stop". */
const CLAUSE = /(?:[^,;:]+?)(?:[,;:]+|(?=\b(?:but|and|just|though|although)\b)|$)/g;

/** The clause of `sentence` (a range in `text`) around `index`. */
export function clauseAround(
  text: string,
  sentence: { start: number; end: number },
  index: number,
): { start: number; end: number } {
  for (const clause of text.slice(sentence.start, sentence.end).matchAll(CLAUSE)) {
    const start = sentence.start + clause.index;
    if (index < start + clause[0].length) return { start, end: start + clause[0].length };
  }
  return sentence;
}

function deniesRisk(text: string, start: number, sentence: string): boolean {
  if (KEEP.test(sentence)) return false;
  let found = false;
  for (const match of sentence.matchAll(RISK)) {
    found = true;
    const at = start + match.index;
    if (!negatedBefore(text, at)) return false;
    if (FLIP.test(sentence)) return false;
  }
  return found;
}

/** What goes with a denial and says nothing of its own: "I'm not going to kill myself, don't worry". */
const REASSURANCE = new RegExp(
  `^\\W*(?:(?:and |but |so )?${oneOf([
    "don't worry",
    'no need to worry',
    'i promise',
    'promise',
    'honestly',
    'seriously',
    'really',
    'i swear',
    "i'm (?:fine|ok|okay|alright|safe)",
    'lol',
    'haha',
    'just (?:tired|sad|stressed|venting|saying|exhausted|fed up|a bad day)',
  ])}\\W*)+$`,
);

/** How far after a mood its resolution is looked for (context.ts reads 160 characters). */
const RESOLUTION_WINDOW = 240;

/**
 * Ranges in `text` (the rules' masked canonical text) the classifier should not read: see the top
 * of this file. Denials "for now" (tonight, yet), failed attempts and anything naming means, a
 * plan or a note are kept.
 */
export function settledSentences(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const sentence = match[0];
    const start = match.index;
    const risky = ANY_RISK.test(sentence);
    const absence =
      !risky &&
      !KEEP.test(sentence) &&
      (ORDINARY_ABSENCE.test(sentence) || HABITUAL_ABSENCE.test(sentence));
    if (absence || (!risky && ORDINARY_NOTE.test(sentence))) {
      ranges.push({ start, end: start + sentence.length });
      continue;
    }
    if (!KEEP.test(sentence)) {
      const clauses = [...sentence.matchAll(CLAUSE)].filter((clause) => clause[0] !== '');
      const denied = clauses.filter((clause) => deniesRisk(text, start + clause.index, clause[0]));
      for (const clause of clauses) {
        if (!denied.includes(clause) && (denied.length === 0 || !REASSURANCE.test(clause[0])))
          continue;
        ranges.push({ start: start + clause.index, end: start + clause.index + clause[0].length });
      }
    }
    const mood = MOOD.exec(sentence);
    if (!mood || DEATH_OR_HARM.test(sentence)) continue;
    const at = start + mood.index;
    const after = text.slice(at, at + RESOLUTION_WINDOW);
    if (!pastAndResolved(sentence.slice(0, mood.index), sentence, after)) continue;
    // The resolution ("Counselling really helped") is settled with the mood it resolves.
    const resolved = at + resolutionEnd(after);
    const next = text.slice(resolved, resolved + RESOLUTION_WINDOW).search(/[.!?\n]/);
    const end = next < 0 ? text.length : resolved + next + 1;
    ranges.push({ start, end: Math.max(start + sentence.length, end) });
  }
  return ranges;
}
