import { oneOf } from '../phrases';
/**
 * Context checks that bring a mood-state hit (hopelessness, not coping, feeling a burden) down
 * to none: when it is said about a thing rather than a life, or told as over and resolved.
 * Both work on normalized text. Neither applies to death wishes, plans or self-harm, whose
 * history stays elevated (see eval/data/SAFETY-SET.md).
 */

/** Subjects that make "X is hopeless" about the writer's life, not about a thing. */
const LIFE_SUBJECTS = new Set(
  `i i'm im it this that everything life things future situation world all am feel
  feeling felt myself me there what who`.split(/\s+/),
);

const PREDICATE_BEFORE = new RegExp(
  `([\\p{L}']+?)(?:'s|'re| is| are| was| were| looks| seems| looked| seemed)(?: ${oneOf([
    'so',
    'completely',
    'totally',
    'just',
    'absolutely',
    'utterly',
    'pretty',
    'a bit',
    'kind of',
    'kinda',
    'really',
    'fucking',
    'literally',
    'honestly',
    'bloody',
    'actually',
    'beyond',
  ])})* *$`,
  'u',
);

/**
 * True when "hopeless" is said of a thing or someone's competence ("this traffic is hopeless",
 * "the ref was hopeless", "she's hopeless, she never listens"), not of a life or a future.
 * `before` is the clause text up to the hit.
 */
export function predicatedOfAThing(before: string): boolean {
  const subject = PREDICATE_BEFORE.exec(before)?.[1];
  return subject !== undefined && !LIFE_SUBJECTS.has(subject);
}

/** A past-tense verb before the hit: "I felt hopeless", "there was a time I ...". */
const PAST_VERB =
  /\b(?:felt|was|were|used to|had (?:been|felt|lost)|i'd (?:lost|been|felt)|went through|there was a time)\b/;
/** A time long gone anywhere in the sentence: "... a few years ago". */
const PAST_TIME = new RegExp(
  `\\b${oneOf([
    'back then',
    'back in',
    'at the time',
    'years? ago',
    'months? ago',
    'a while ago',
    'last (?:year|summer|winter|spring|autumn|fall)',
    'in the past',
    'when i was',
    'as a (?:teen|teenager|kid|child)',
    'in (?:high|secondary) school',
  ])}\\b`,
);

/** Marks that it is over now: recovery, help that worked, being well now. */
const RESOLVED = new RegExp(
  [
    `${oneOf([
      'therapy',
      'counsell?ing',
      'medication',
      'meds',
      'treatment',
      'my therapist',
      'my counsell?or',
      'my doctor',
      'support',
      'getting help',
      'talking to someone',
      'time',
    ])} (?:really |has |have |had |honestly |actually )*${oneOf([
      'helped',
      'worked',
      'saved me',
      'got me through',
      'pulled me through',
      'changed (?:everything|things)',
    ])}`,
    `${oneOf([
      "i'?m",
      'i am',
      'i feel',
      "i'?ve been",
      'things are',
      "things'?re",
      "it'?s",
      'life is',
      "life'?s",
      'everything is',
      "everything'?s",
    ])} (?:doing |feeling )?(?:so |much |a lot |way |loads |far |really )*${oneOf([
      'better',
      'good',
      'great',
      'okay',
      'ok',
      'fine',
      'happy',
      'happier',
      'well',
    ])} (?:now|these days|nowadays)`,
    `now (?:i'?m|i am|i feel|things are|it'?s|life is) (?:doing |feeling )?${oneOf([
      'so ',
      'much ',
      'a lot ',
      'way ',
      'loads ',
      'far ',
      'really ',
    ])}*${oneOf(['better', 'good', 'great', 'okay', 'ok', 'fine', 'happy', 'happier', 'well'])}`,
    '(?:in|to) a (?:much |far |way )?(?:better|good|great|happier) place',
    '(?:got|came|pulled|made it) through (?:it|that|them)',
    `(?:things|it|life|everything) ${oneOf([
      'got',
      'have got',
      'has got',
      'has gotten',
      'have gotten',
      "'ve got",
      "'s got",
    ])} (?:so |much |a lot |way |loads |far )*better`,
    'recovered|in recovery|out the other side',
    "(?:don'?t|do not|no longer) feel (?:like )?that(?: way)? (?:anymore|any more|now)",
  ].join('|'),
);

/** How far after the hit a resolution may stand (the next sentence or two). */
const RESOLUTION_REACH = 160;

/**
 * True when the state is told in the past and as resolved: "I felt hopeless last year but
 * therapy helped". Past alone ("I felt hopeless all week") or resolution alone ("I feel hopeless
 * but therapy helps") is not enough. `before` is the clause up to the hit, `after` the text from it.
 */
export function pastAndResolved(before: string, sentence: string, after: string): boolean {
  return (
    (PAST_VERB.test(before) || PAST_TIME.test(sentence)) &&
    RESOLVED.test(after.slice(0, RESOLUTION_REACH))
  );
}

/** Where the resolution after a hit ends (an index into `after`), or -1 when there is none. */
export function resolutionEnd(after: string): number {
  const match = RESOLVED.exec(after.slice(0, RESOLUTION_REACH));
  return match ? match.index + match[0].length : -1;
}
