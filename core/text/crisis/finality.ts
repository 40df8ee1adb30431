import { HEIGHT, NOTE, gap, within } from './concepts';
import { anyOf, matchPhrase, oneOf, phrase, type PhraseMatch } from '../phrases';

/**
 * Final messages rarely name death: "tell jamie i love him. none of this was his fault. bye x".
 * Each cue alone is ordinary (people say bye, thank friends, arrange pet-sitters); together they
 * are a goodbye. Strong cues (weight 2) are final on their own; weak cues (weight 1) count only
 * with another. A message at 2 or more reads as severe.
 */
interface Cue {
  weight: 1 | 2;
  pattern: RegExp;
  /** An arrangement or absence (pets, keys, papers) that a trip or a move explains just as well. */
  arrangement?: boolean;
}

const AWAY = new RegExp(
  anyOf([
    'holiday',
    'vacation',
    'trip',
    'travel',
    'flight',
    'abroad',
    'spain',
    'france',
    'italy',
    'away for',
    "while i'?m (?:in|at|on|away|out)",
    'mov(?:e|ing) (?:out|house|away|abroad|to)',
    'new job',
    'surgery',
    'operation',
    'festival',
    'conference',
    'business',
    'next week',
    'for the weekend',
    'hen do',
    'stag do',
    'wedding',
    'honeymoon',
  ]),
);

const cue = (weight: 1 | 2, source: string, arrangement = false): Cue => ({
  weight,
  pattern: phrase(source),
  arrangement,
});

const CUES: readonly Cue[] = [
  cue(
    2,
    anyOf([
      "(?:the )?last time (?:you'll|you will|anyone will|you) (?:ever )?hear from me",
      "(?:you|nobody|no one) (?:won't|will not|will never|'ll never) hear from me (?:again|after)",
    ]),
  ),
  cue(
    2,
    `(?:nobody|no one|noone|you|everyone) ${oneOf([
      'needs to',
      'has to',
      'will have to',
      'will need to',
      "won't have to",
      "won't need to",
      "doesn't need to",
      "don't need to",
    ])} worry about me (?:anymore|any more|again|after|soon)`,
  ),
  cue(
    2,
    `by the time ${oneOf([
      'you',
      'anyone',
      'u',
      'they',
      'someone',
      'mum',
      'dad',
    ])} (?:wake|wakes|get|gets|come|comes) (?:up|home|back)${within(40)}${oneOf([
      "it'll",
      'it will',
      "i'll",
      'i will',
      "i'd",
      "it'd",
    ])} (?:all )?(?:be )?(?:done|over|gone|dead|be gone)`,
  ),
  cue(
    2,
    anyOf([
      `(?:won't|will not|not going to|don't|wouldn't) (?:need|be needing) ${within(40)}where i'm going`,
      `where i'm going${within(30)}(?:won't|don't|will not) (?:need|be needing)`,
    ]),
  ),
  cue(
    2,
    `${NOTE} (?:for|to) ${gap(1)}${oneOf([
      'everyone',
      'everybody',
      'all of you',
      'you all',
      'my family',
      'my parents',
      'my kids',
      'mum',
      'dad',
    ])}${within(20)}(?:ready to (?:go|send)|scheduled|to find|to read)`,
  ),
  cue(
    2,
    `(?:this is|this will be|this'll be|that was) my (?:last|final) ${oneOf([
      'entry',
      'message',
      'post',
      'text',
      'note',
      'time (?:writing|talking)',
    ])}`,
  ),
  cue(2, `(?:don't|do not) worry about me (?:after|anymore|any more|when|once)`, true),
  cue(
    1,
    "(?:the|my) (?:suicide |goodbye )?(?:note|letters?) (?:is|are|'s) (?:written|done|ready|finished)",
  ),
  cue(
    1,
    anyOf([
      "(?:the|my) plan (?:is|'s) (?:done|ready|set|made|sorted)",
      "i(?:'ve| have)? (?:got )?a plan(?= *(?:$|[.!?,;]))",
      'need to be brave',
      '(?:find|need) the courage',
    ]),
  ),
  cue(
    1,
    anyOf([
      "i've decided(?= *(?:$|[.!?,;]))",
      "(?:i've )?made (?:up )?my (?:mind|decision|peace)(?: with it)?(?= *(?:$|[.!?,;]))",
    ]),
  ),
  cue(
    1,
    anyOf([
      "(?:tonight|today|tomorrow)'s the (?:night|day)",
      `${oneOf([
        'this weekend',
        'tonight',
        'tomorrow',
        'saturday',
        'sunday',
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
      ])}(?: night)? is (?:when|the night|the day)`,
      "when everyone's (?:out|asleep|gone|at work)",
    ]),
  ),
  cue(1, `(?:the|my) (?:rope|noose|blade|razor|gun)|(?:i'm|i am) (?:so )?done(?= *(?:$|[.!?]))`),
  cue(1, `(?:spot|place) ${within(20)}${HEIGHT}|${HEIGHT} ${within(10)}(?:spot|place)`),
  cue(1, `not coming back(?: from (?:it|this|there))?(?= *(?:$|[.!?,;]))`),
  cue(1, `(?:won't|will not) be needing (?:them|it|these|those|any of (?:it|this|them))`),
  cue(1, `sorry for everything|(?:i'm sorry|sorry),? (?:mum|dad|everyone|guys|all)`),
  cue(1, `thanks? (?:you )?(?:so much )?for everything|thank you for trying`),
  cue(
    1,
    anyOf([
      '(?:tell|let) [^\\s.!?,]+ (?:know )?(?:that )?i love (?:him|her|them|you)',
      'i love you(?: all| so much)?(?= *(?:$|[.!?,;]|x))',
    ]),
  ),
  cue(1, `none of (?:this|it) (?:was|is) (?:your|his|her|their|anyone's) fault`),
  cue(
    1,
    '(?:look after|take care of) (?:mum|dad|the kids|each other|my (?:kids|dog|cat|sister|brother))',
  ),
  cue(1, `(?:bye|goodbye|farewell)(?: x+)?(?= *(?:$|[.!?,;]|x|forever|everyone|all))`),
  cue(
    1,
    anyOf([
      "it'll (?:all )?be (?:done|over)",
      "(?:if|when) (?:you're|you are) reading this",
      '(?:if|when) you find this',
      'thank you for listening',
      'just need to (?:press|hit) send',
    ]),
  ),
  cue(
    1,
    `${oneOf([
      "won't",
      'will not',
      "don't think i'll",
      'not going to',
      "probably won't",
    ])} be (?:here|around|alive) (?:to|for|when|by|tomorrow|anymore|any more|much longer)`,
  ),
  cue(1, `(?:feel|feeling|i'm) (?:so |strangely |weirdly |oddly )?(?:calm|at peace|peaceful)`),
  cue(1, `(?:gave|given|giving) (?:away )?my ${within(40)}to (?:my )?[^\\s.!?,]+`),
  cue(
    1,
    anyOf([
      `who's (?:taking|having|getting|keeping) (?:my |the )?${oneOf([
        'dog',
        'cat',
        'pets?',
        'fish',
        'rabbit',
        'hamster',
        'plants',
        'kids',
        'stuff',
        'things',
      ])}`,
      `${oneOf([
        'arranged',
        'sorted',
        'organised',
        'organized',
        'found someone',
      ])} ${gap(3)}(?:my |the )?(?:dog|cat|pets?|fish|rabbit|hamster|kids|children) to`,
    ]),
    true,
  ),
  cue(1, `left (?:the |my )?(?:spare )?keys with|wrote (?:everything|it all) down for`, true),
  cue(
    1,
    anyOf([
      '(?:paperwork|documents|passwords|papers|will|bank details) (?:in|into) an? (?:envelope|folder|box)',
      'with (?:his|her|their) name on (?:it|them)',
    ]),
    true,
  ),
];

/** Finality cues found in canonical, idiom-masked text, and whether they add up to a goodbye. */
export function findFinality(masked: string): { final: boolean; matches: PhraseMatch[] } {
  const away = AWAY.test(masked);
  let score = 0;
  const matches: PhraseMatch[] = [];
  for (const { weight, pattern, arrangement } of CUES) {
    if (arrangement && away) continue;
    const found = matchPhrase(pattern, masked);
    if (found.length === 0) continue;
    score += weight;
    matches.push(found[0]!);
  }
  return { final: score >= 2, matches };
}
