/**
 * Danger from another person: someone hurting, threatening or following the writer, or a home
 * they are afraid to go back to. Said in the first person ("my husband hits me", "he said he'd
 * kill me"), not as a figure of speech ("my boss will kill me"), not denied ("he has never hit
 * me") and not long over ("my dad hit me when I was a kid" is history, not danger now). It
 * needs its own resources (danger-resources.ts): a suicide line is the wrong number for this.
 */
import { IDIOMS } from '../idioms';
import { NEGATORS } from '../negation';
import { negatedBefore } from '../negation';
import { normalizeForMatching } from '../normalize';
import { anyOf, I_AM, maskPhrases, matchPhrase, oneOf, phrase, toSpan } from '../phrases';
import type { TextSpan } from '../span';
import { sentenceAround } from '../tokenize';
import { ANIMALS } from './subjects';

export type DangerKind = 'violence' | 'threat' | 'afraid' | 'followed' | 'sexual violence';

export interface DangerResult {
  danger: boolean;
  kinds: DangerKind[];
  spans: TextSpan[];
}

/** The people who hurt someone at home or near it, and the pronouns that stand for them. */
const PERSON = oneOf([
  `(?:my|our) (?:ex[- ]?)?${oneOf([
    'husband',
    'wife',
    'partner',
    'boyfriend',
    'girlfriend',
    'bf',
    'gf',
    'fianc[eé]e?',
    'dad',
    'father',
    'step ?dad',
    'step ?father',
    'mum',
    'mom',
    'mother',
    'step ?mum',
    'step ?mom',
    'step ?mother',
    'parents?',
    'brother',
    'sister',
    'uncle',
    'aunt',
    'son',
    'daughter',
    'cousin',
    'grandfather',
    'flat ?mate',
    'room ?mate',
    'house ?mate',
    'landlord',
    'neighbou?r',
    'ex',
  ])}`,
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'a (?:man|guy|woman|stranger)',
  'this (?:man|guy|woman)',
  'some (?:man|guy|woman)',
]);
/** Words that may stand between the person and the act: "he still hits me", "she has hit me". */
const BETWEEN = `(?: ${oneOf([
  'still',
  'always',
  'often',
  'sometimes',
  'keeps',
  'kept',
  'has',
  'have',
  'had',
  'just',
  'again',
  'started',
  'starts',
  'begun',
  'began',
  'even',
  'also',
  'once',
  'literally',
  'actually',
  'physically',
  'repeatedly',
])})*`;
const VIOLENT_ACT = oneOf([
  'hits?',
  'hitting',
  'beats?',
  'beating',
  'beat up',
  'punch(?:es|ed|ing)?',
  'kick(?:s|ed|ing)?',
  'chok(?:es|ed|ing)',
  'strangl(?:es|ed|ing)',
  'slap(?:s|ped|ping)?',
  'shov(?:es|ed|ing)',
  'smack(?:s|ed|ing)?',
  'burn(?:s|ed|t)',
  'threw (?:things|stuff|a \\w+) at',
  'throws (?:things|stuff) at',
  'abus(?:es|ed|ing)',
]);
const HARM = oneOf(['kill', 'hurt', 'hit', 'beat', 'stab', 'shoot', 'strangle', 'choke']);
const WILL = "(?:'d|'ll| would| will| was going to| is going to| was gonna| is gonna| gonna)";
const PRONOUN = oneOf(['he', 'she', 'they']);
const AFRAID = `(?:${I_AM}|i feel|i get) (?:so |really |too |very )?(?:scared|afraid|terrified|frightened)`;
const FAMILY_OR_PARTNER = oneOf([
  'husband',
  'wife',
  'partner',
  'boyfriend',
  'girlfriend',
  'dad',
  'father',
  'step ?dad',
  'mum',
  'mom',
  'mother',
  'ex',
]);
/** Following someone online, or being followed by a pet, is not being followed home. */
const NOT_STALKING = new RegExp(
  `^ *(?:${oneOf([
    'on (?:insta(?:gram)?|twitter|x|tiktok|social media|facebook|fb|youtube|twitch|spotify|here|snap(?:chat)?)',
    'back',
    'now',
  ])})\\b`,
);
/** "my sister beats me at chess", "someone beat me to it", "he kicked me out": a game or a door. */
const NOT_VIOLENCE =
  /^ *(?:at|in (?:a|the|every)|to(?! (?:a pulp|death|the ground|the floor))|out|off|up|under the table)\b/;
/** A mundane condition turns "she said she'd kill me" back into a figure of speech. */
const MUNDANE_IF = new RegExp(
  `\\bif i ${oneOf([
    "(?:am|'m|was|were) late",
    'fail',
    'forget',
    'miss',
    'lose',
    'break',
    'eat',
    'spoil',
    'crash',
    'scratch',
    'dent',
    "don't (?:come|finish|clean|call|text|do)",
    'tell (?:anyone|her|him|them) (?:about )?the (?:surprise|ending|party)',
  ])}|\\b(?:lol|lmao|haha+|jk)\\b|[😂🤣]`,
  'u',
);
/** Long over: "when I was a kid", "years ago", "growing up". */
const HISTORY = new RegExp(
  `\\b${oneOf([
    'when i was (?:a )?(?:kid|child|little|young|teen|teenager|\\d+)',
    'as a (?:kid|child|teen|teenager)',
    'growing up',
    'years ago',
    'used to',
    'in (?:my )?childhood',
  ])}\\b`,
);

interface DangerRule {
  kind: DangerKind;
  pattern: RegExp;
  /** Not danger when this matches the text right after the hit. */
  notAfter?: RegExp;
  /** Not danger when this matches the hit's sentence. */
  unless?: RegExp;
  /** The phrase holds its own "not" ("I don't feel safe"): only a negator before it denies. */
  ownNegation?: boolean;
}

const I_HAVE_BEEN = `(?:${I_AM}|i'?ve been|i have been|i was|i got)`;
const HURT_BY = oneOf([
  'hit',
  'beaten',
  'beaten up',
  'abused',
  'assaulted',
  'attacked',
  'choked',
  'strangled',
]);
const LIVING_IN = oneOf([
  `${I_AM} in`,
  'i live in',
  "i'?m living in",
  "i'?m stuck in",
  "i'?m trapped in",
]);
const SAID = oneOf([
  'said',
  'says',
  'told me',
  'tells me',
  'texted',
  'texted me',
  'wrote',
  'keeps saying',
  'screamed',
  'yelled',
]);
const WEAPON_HELD = oneOf([
  'has',
  'had',
  'pulled',
  'held',
  'is holding',
  'came at me with',
  'pointed',
  'threatened me with',
]);
const THREATENED_WITH = oneOf([`to ${HARM} (?:me|us|my)`, 'me', 'my life', 'to take the kids']);
const RECEIVING = `(?:${I_AM}|i'?ve been|i have been|i keep) (?:being |getting |receiving )?`;
const A_WEAPON = '(?:a |his |her |their )?(?:knife|gun)';
const AT_ME = '(?:me|my (?:head|throat|neck))';
const BREAKING_IN = oneOf([
  'trying to (?:break|get) in',
  'breaking in',
  'banging on (?:my|the) door',
]);
const HOME = '(?:at home|in my (?:own )?(?:home|house|flat|apartment|room))';
const NEAR_THEM = `(?:around|with) (?:him|her|my ${FAMILY_OR_PARTNER})`;
const FOLLOWER = oneOf([PERSON, 'a car', 'this car', 'my ex']);
const STILL_DOING = oneOf([
  'is ',
  "'s ",
  'are ',
  "'re ",
  'was ',
  'were ',
  'has been ',
  'have been ',
  'keeps ',
  'kept ',
  "won't stop ",
  'started ',
]);
const OUTSIDE_HOME = `there'?s (?:someone|somebody|a (?:man|guy|car)) (?:outside|watching) (?:my|the) ${oneOf(
  ['house', 'door', 'flat', 'apartment', 'window'],
)}`;
const SEXUAL_ACT = oneOf([
  'raped',
  'rapes',
  'molested',
  'molests',
  'sexually assaulted',
  'assaulted',
]);

const RULES: readonly DangerRule[] = [
  {
    kind: 'violence',
    pattern: phrase(`${PERSON}${BETWEEN} (?:${VIOLENT_ACT}) me`),
    notAfter: NOT_VIOLENCE,
  },
  {
    kind: 'violence',
    pattern: phrase(
      `(?:${PERSON}${BETWEEN} )?(?:pushe?[sd]?|push(?:es|ing)|shoved?|threw|grabbed|pinned) me ${oneOf(
        [
          'down',
          'over',
          'against (?:a|the) (?:wall|door|floor)',
          'into (?:a|the) wall',
          'down the stairs',
          'by the (?:throat|neck|hair)',
        ],
      )}`,
    ),
  },
  {
    kind: 'violence',
    pattern: phrase(`${I_HAVE_BEEN} (?:being )?${HURT_BY} by (?:my|a|an|some|this|him|her|them)`),
  },
  {
    kind: 'violence',
    pattern: phrase(
      anyOf([
        `${LIVING_IN} an abusive (?:relationship|marriage|home|household)`,
        `(?:my|our) (?:ex[- ]?)?${FAMILY_OR_PARTNER} (?:is|gets) (?:abusive|violent)`,
      ]),
    ),
  },
  {
    kind: 'threat',
    pattern: phrase(
      `(?:${PERSON}${BETWEEN} )?(?:threaten(?:s|ed|ing)?|keeps threatening) ${THREATENED_WITH}`,
    ),
  },
  {
    kind: 'threat',
    pattern: phrase(`${SAID} (?:that )?${PRONOUN}${WILL} ${HARM} me`),
    unless: MUNDANE_IF,
  },
  {
    kind: 'threat',
    pattern: phrase(`${RECEIVING}(?:threatened|death threats|blackmailed)`),
  },
  {
    kind: 'threat',
    pattern: phrase(`(?:${PERSON} )?${WEAPON_HELD} ${A_WEAPON} (?:at |to |on )?${AT_ME}`),
  },
  {
    kind: 'threat',
    pattern: phrase(`(?:someone|somebody|${PRONOUN}) (?:is|'s|are|'re) ${BREAKING_IN}`),
  },
  {
    kind: 'afraid',
    pattern: phrase(`${AFRAID} (?:to go|of going|to be) (?:back )?home`),
  },
  {
    kind: 'afraid',
    pattern: phrase(
      anyOf([
        `${AFRAID} of (?:my ${FAMILY_OR_PARTNER}|him|her)`,
        `${AFRAID} (?:that |of what )?${PRONOUN}${WILL} (?:do to me|${HARM} me|come back|find me)`,
      ]),
    ),
  },
  {
    kind: 'afraid',
    pattern: phrase(
      anyOf([
        `(?:i )?(?:don'?t|do not|never) feel safe (?:${HOME}|${NEAR_THEM})`,
        `${I_AM} not safe ${HOME}`,
      ]),
    ),
    ownNegation: true,
  },
  {
    kind: 'followed',
    pattern: phrase(
      `${FOLLOWER}${BETWEEN} ${STILL_DOING}?(?:follow(?:s|ing|ed)?|stalk(?:s|ing|ed)?) me`,
    ),
    notAfter: NOT_STALKING,
    unless: new RegExp(`\\b${oneOf(ANIMALS)}\\b`),
  },
  {
    kind: 'followed',
    pattern: phrase(
      anyOf([
        `${I_AM} (?:being )?(?:followed|stalked)`,
        "i think i'?m being (?:followed|stalked)",
        OUTSIDE_HOME,
      ]),
    ),
    notAfter: NOT_STALKING,
  },
  {
    kind: 'sexual violence',
    pattern: phrase(
      anyOf([
        `${PERSON}${BETWEEN} ${SEXUAL_ACT} me`,
        "(?:i was|i got|i'?ve been|i have been) (?:raped|sexually assaulted|molested)",
        `(?:${PERSON} )?(?:forces|forced|makes|made) me (?:to )?have sex`,
      ]),
    ),
  },
];

const IDIOM_PATTERNS = IDIOMS.map((idiom) => idiom.pattern);

/** Danger from another person in a message: which kinds, and where they were said. */
export function detectDanger(text: string): DangerResult {
  const masked = maskPhrases(normalizeForMatching(text), IDIOM_PATTERNS);
  const kinds = new Set<DangerKind>();
  const spans: TextSpan[] = [];
  for (const rule of RULES) {
    for (const match of matchPhrase(rule.pattern, masked)) {
      const sentence = sentenceAround(masked, match.start);
      const around = masked.slice(sentence.start, sentence.end);
      if (rule.notAfter?.test(masked.slice(match.end, match.end + 40))) continue;
      if (rule.unless?.test(around) || HISTORY.test(around)) continue;
      if (deniedHit(masked, match, rule.ownNegation === true)) continue;
      kinds.add(rule.kind);
      spans.push(toSpan(text, match));
    }
  }
  return { danger: kinds.size > 0, kinds: [...kinds], spans };
}

/** "he has never hit me", "I'm not scared to go home", "I don't think she'd hurt me". */
function deniedHit(masked: string, match: { start: number; end: number }, own: boolean): boolean {
  if (negatedBefore(masked, match.start)) return true;
  if (own) return false;
  // "he won't stop following me" is the danger itself, not its denial.
  const hit = masked.slice(match.start, match.end).replace(/won'?t stop/g, '');
  const words = hit.match(/[\p{L}']+/gu) ?? [];
  return words.some((word) => NEGATORS.has(word) || word === "can't" || word === "won't");
}
