import { ANIMALS, STUDIES } from './subjects';
import { CONCEPT_SPECS } from './concepts';
import { DECLUTTER, SIGN_SPECS } from './signs';
import {
  ANYMORE,
  CANT,
  DONT,
  GOING_TO,
  I_AM,
  MYSELF,
  WANT_TO,
  anyOf,
  oneOf,
  phrase,
} from '../phrases';

export type CrisisLevel = 'none' | 'elevated' | 'severe';

export interface CrisisRule {
  level: Exclude<CrisisLevel, 'none'>;
  reason: string;
  pattern: RegExp;
  /** The phrase carries its own negation ("don't want to live"); a negator before it is not a denial. */
  fixedNegation?: boolean;
  /** Whose state it is depends on the subject before it ("she wants to die" is a report). */
  checkSubject?: boolean;
  /** About someone else by its grammar ("kill herself"): elevated report, or none in fiction. */
  thirdPerson?: boolean;
  /** A self-harm act: severe when happening now or intended, elevated as an urge or history. */
  selfHarm?: boolean;
  /** Fires only when this also matches somewhere in the message. */
  requires?: RegExp;
  /** Does not fire when this matches the sentence around the hit (a mundane reading). */
  unless?: RegExp;
  /** A mood said of a thing is none: "this traffic is hopeless", "a hopeless driver". */
  aboutLife?: boolean;
  /** A mood told in the past and resolved is none: "I felt hopeless last year but therapy helped". */
  resolvable?: boolean;
}

/** A rule as written: each pattern a string, or its alternatives one phrase per line. */
export type RuleSpec = Omit<CrisisRule, 'pattern' | 'requires' | 'unless'> & {
  source: Phrases;
  requires?: Phrases;
  unless?: Phrases;
};
type Phrases = string | readonly string[];
const joined = (phrases: Phrases) => (typeof phrases === 'string' ? phrases : anyOf(phrases));

const METHOD_NOUN = oneOf([
  'pills',
  'meds',
  'medication',
  'tablets',
  'paracetamol',
  'tylenol',
  'painkillers',
  'sleeping pills',
  'rope',
  'gun',
  'razors?',
  'razor ?blades?',
  'blades?',
]);
const REFLEXIVE_THIRD = '(?:him ?self|her ?self|them ?selves|them ?self|themself)';
/** "suicide" as typed past filters and in slang: sewerslide, su1cide, s*icide. */
const SUICIDE = '(?:suicide|sewer ?slide|su[i1!*]c[i1!*]de|s\\*\\*?cide|sui)';
const SUICIDAL = '(?:suicidal|sewer ?slidal|su[i1!*]c[i1!*]dal)';
/** Slang verbs for killing oneself, used like "die": "want to ctb", "gonna unalive". */
const DIE_SLANG = oneOf([
  'ctb',
  'catch the bus',
  'unalive',
  'be unalive',
  'self[- ]?delete',
  `delete ${MYSELF}(?! from| off)`,
  'rope(?= *(?:$|[.!?,]|tonight|today|soon|lol|tbh|fr|ngl))',
  'kms',
]);
/**
 * After "hopeless", a skill or a kind of person ("hopeless at cooking", "with directions", "a
 * hopeless driver"), but not a time or a whole life ("hopeless at the moment", "with everything").
 */
export const HOPELESS_SKILL = oneOf([
  `at(?! ${oneOf([
    'the moment',
    'times',
    'this point',
    'the minute',
    'night',
    'the end',
    'this stage',
    'all',
    'the thought',
    'the prospect',
  ])})`,
  'with(?! (?:everything|all|no|nothing|life|it all|the world|how))',
  'romantic',
  'when it comes',
  `${oneOf([
    'driver',
    'cook',
    'speller',
    'singer',
    'dancer',
    'player',
    'swimmer',
    'navigator',
    'gardener',
    'runner',
    'writer',
    'texter',
    'liar',
    'flirt',
    'student',
    'learner',
    'mechanic',
    'parker',
    'timekeeper',
    'baker',
    'chef',
    'case at',
  ])}s?`,
]);
/** "how long I can keep going to the gym", "hold on to this job": an errand, not a life. */
const NOT_AN_ERRAND =
  "(?! (?:to|with|on|off|up|in|out|at|a|an|the|home|my|your|more|part|care|over|notes|back|without)(?![\\p{L}']))";
const SELF_HARM_VERB = oneOf([
  'cut',
  'cutting',
  'cuts',
  'hurt',
  'hurting',
  'harm',
  'harming',
  'burn',
  'burned',
  'burnt',
  'burning',
  'scratch',
  'scratched',
  'scratching',
  'starve',
  'starving',
  'punish',
  'punishing',
]);

/**
 * Recall on severe comes first: a missed severe message is the worst error this product can
 * make (a person at risk gets no crisis resources), while a false severe shows a helpline card to
 * someone who did not need it. So severe phrases are broad and only idioms, denials, history and
 * third-person reports bring them down. See eval/data/SAFETY-SET.md for the labelling rules.
 */
const SPECS: RuleSpec[] = [
  // Severe: suicidal intent, wish to die, plan, means.
  {
    level: 'severe',
    reason: 'wish or intent to die',
    source: `${oneOf([
      `${WANT_TO}`,
      'wish(?:ed)? to',
      'ready to',
      'plan(?:ning)? to',
      'decided to',
      'deserve to',
      'need to',
      'should',
      "i'?ll just",
      'let me',
    ])} ${oneOf([
      'just ',
      'really ',
      'honestly ',
      'literally ',
      'fucking ',
      'simply ',
    ])}?die(?! for| of| from| laughing| happy)`,
    checkSubject: true,
  },
  {
    level: 'severe',
    reason: 'wish or intent to kill oneself',
    source: [
      `${oneOf([
        'kill',
        'killing',
        'killed',
        'kills',
        'hang',
        'hanging',
        'hanged',
        'shoot',
        'shooting',
        'drown',
        'drowning',
        'off',
        'offing',
        'unalive',
        'unaliving',
        'poison',
        'poisoning',
        'suffocate',
      ])} ${MYSELF}`,
      'unalive me',
      'kms',
      `${oneOf([
        `${WANT_TO}`,
        `${GOING_TO}`,
        'gunna',
        'ready to',
        'decided to',
        'time to',
        'thinking (?:about|of)',
        'thoughts (?:about|of)',
        'considering',
        'plan(?:ning)? to',
        'might',
        'should',
        'gonna just',
      ])} (?:just )?${DIE_SLANG}`,
      'ctb (?:method|date|plan|soon|tonight|thoughts)',
      'unaliving',
      `commit(?:ting)? (?:die|neck rope|toaster bath|${SUICIDE})`,
      'toaster bath',
    ],
    checkSubject: true,
  },
  {
    level: 'severe',
    reason: 'suicidal thoughts',
    source: [
      `${SUICIDAL}`,
      `${SUICIDE} (?:note|plan|letter|pact|thoughts)`,
      `${SUICIDE} (?:is|has been|keeps being) on my mind`,
      `${oneOf([
        'commit',
        'committing',
        'attempt',
        'attempted',
        'attempting',
        'consider',
        'considering',
        'contemplating',
        'planning',
        'thinking about',
        'thinking of',
        'thoughts of',
        'thoughts about',
      ])} ${SUICIDE}`,
    ],
    checkSubject: true,
  },
  {
    level: 'severe',
    reason: 'intent to end their life',
    source: [
      '(?:end|ending|take|taking|took) (?:my|my own) life',
      'end(?:ing)? it all',
      `${oneOf([
        `${GOING_TO}`,
        `${WANT_TO}`,
        'finally',
        'decided to',
        'just',
      ])} end (?:it|things|everything|my life)(?! with| between| off| up)`,
      'want (?:it all|everything|all of (?:it|this)|my life) to end',
      '(?:thinking|thought|thoughts) (?:about|of) ending (?:it|things|everything|my life)',
    ],
    checkSubject: true,
  },
  {
    level: 'severe',
    reason: 'does not want to live',
    source: [
      `${DONT} (?:really |even )?(?:want|wanna) (?:to )?${oneOf([
        'live',
        'be alive',
        'be living',
        'keep living',
        'stay alive',
        'exist',
      ])}(?! like this| this way)`,
      `${oneOf([
        'not sure',
        'unsure',
        "don'?t know if",
        "don'?t know whether",
        'not certain',
      ])} (?:if |whether )?(?:i )?(?:still )?(?:want|wanna) (?:to )?${oneOf([
        'live',
        'be alive',
        'keep living',
        'go on living',
        'be here',
      ])}`,
      'no (?:reason|point) (?:for me )?to (?:live|be alive|keep living|stay alive)',
      '(?:nothing|nobody|no one|no-one) (?:left )?to live for',
    ],
    fixedNegation: true,
  },
  {
    level: 'severe',
    reason: 'others better off without them',
    source: [
      `${oneOf([
        'better',
        'happier',
        'fine',
        'easier',
        'better off',
        'relieved',
        'lighter',
        '(?:a )?better place',
      ])} (?:off )?(?:for ${oneOf([
        'everyone',
        'everybody',
        'them',
        'you',
        'you all',
        'all of you',
        'my family',
        'my kids',
        'people',
      ])} )?${oneOf([
        'without me',
        "if i (?:was|were|wasn'?t|weren'?t|died|disappeared|was gone|were gone)",
        "when i'?m (?:gone|dead)",
      ])}`,
      'better off dead',
    ],
    checkSubject: true,
  },
  {
    level: 'severe',
    reason: 'giving possessions away',
    source: [
      '(?:giving|gave|given|give) away (?:all )?(?:of )?my',
      '(?:giving|gave|given) (?:all )?(?:of )?my [^.!?\\n]{0,60}? away',
    ],
    // Clearing out old things is not giving one's life away, unless it is all of them.
    unless: `^(?!.*(?:all|every|most) (?:of )?my (?:things|stuff|belongings|possessions)).*${DECLUTTER}`,
  },
  {
    level: 'severe',
    reason: 'goodbye message',
    source: [
      "(?:this is|it'?s) (?:my )?(?:final |last )?goodbye",
      "goodbye (?:everyone|all|world|forever|guys|y'?all|cruel world)",
      '(?:my )?final goodbyes?',
      'saying my goodbyes',
      'by the time (?:you|anyone|someone|somebody|u) (?:reads?|sees?|gets?|finds?) this',
      'this is my last (?:message|post|text|note)',
      'my last words',
      `(?:won'?t|will not|not going to|not gonna) be (?:here|around|alive) ${oneOf([
        'much longer',
        'tomorrow',
        'anymore',
        'any more',
        'for long',
        'by (?:tomorrow|morning|the weekend)',
      ])}`,
      `(?:won'?t|will not|never) (?:have to|need to) ${oneOf([
        'deal with',
        'worry about',
        'put up with',
        'see',
      ])} me (?:again|anymore|any more|after|soon)`,
      'nobody will have to (?:deal with|worry about|put up with) me',
      "won'?t need (?:it|them|this|these|any of (?:it|this)) (?:anymore|where i'?m going)",
      '(?:wrote|written|writing|left) (?:my |a )?(?:goodbye|farewell|final|last) (?:letters?|notes?)',
    ],
    fixedNegation: true,
  },
  {
    level: 'severe',
    reason: 'goodbye message',
    source: '(?:goodbye|farewell)',
    requires: [
      "i'?m sorry",
      'sorry for everything',
      'i love (?:you|him|her|them)',
      'thanks? (?:you )?(?:all )?for everything',
      'take care of (?:my|mum|mom|dad)',
    ],
  },
  {
    level: 'severe',
    reason: 'has means or a plan',
    source: [
      `${oneOf([
        'saved',
        'saving',
        'stockpil\\w*',
        'hoard\\w*',
        'collect\\w*',
        'stash\\w*',
      ])} (?:up )?(?:a |the |some |enough |all )?(?:(?:of )?my )?${oneOf([
        'bottle of ',
        'box of ',
        'packet of ',
      ])}?${METHOD_NOUN}`,
      `${METHOD_NOUN} (?:saved|ready|stashed|hidden|lined up)`,
      `${oneOf([
        'know',
        'planned',
        'planning',
        'plan',
        'figured out',
        'worked out',
        'decided',
        'looked up',
        'researched',
        'googled',
        'googling',
      ])} (?:exactly )?(?:how|when|where) ${oneOf([
        "i'?m going to",
        "i'?ll",
        'i would',
        "i'?d",
        'i will',
        'to',
        'i could',
      ])}? ?(?:do it|end it|die|kill ${MYSELF}|overdose)`,
      `${oneOf([
        'painless',
        'easiest',
        'quickest',
        'best',
        'fastest',
        'surest',
        'quietest',
      ])} (?:way|ways|method|methods) to (?:die|kill ${MYSELF}|end it|go|overdose)`,
      `${oneOf([
        'research\\w*',
        'search\\w*',
        'read\\w*',
        'look\\w*',
        'googl\\w*',
      ])} (?:up |online |about |into |for )*(?:ways|methods|how) to ${oneOf([
        'die',
        `kill ${MYSELF}`,
        'end (?:it|my life)',
        'overdose',
        `${DIE_SLANG}`,
        `commit ${SUICIDE}`,
      ])}`,
      `${SUICIDE} methods`,
      `how (?:many|much) [^.!?\\n]{0,40}?${oneOf([
        'to',
        'would it take to',
        'it takes to',
        'does it take to',
      ])} (?:die|not wake up|kill|overdose|end it)`,
      'looked up how many',
      `(?:drive|crash|steer) (?:my car |the car )?into (?:a |the )?${oneOf([
        'wall',
        'tree',
        'traffic',
        'oncoming',
        'river',
        'lake',
      ])}`,
      `(?:step|walk|jump|throw ${MYSELF}) in front of (?:a |the )?(?:train|bus|car|truck|lorry|traffic)`,
      'slit my wrists?',
      `use it on ${MYSELF}`,
    ],
    checkSubject: true,
  },
  {
    level: 'severe',
    reason: 'has means or a plan',
    source: [
      '(?:lethal|fatal|deadly) (?:dose|amount)',
      'how long (?:does it|would it|will it|it takes) (?:take )?to (?:die|bleed out|suffocate|drown)',
    ],
    checkSubject: true,
    // Study, news and pets: "the lethal dose of chocolate for a dog".
    unless: oneOf([...ANIMALS, ...STUDIES]),
  },
  {
    level: 'severe',
    reason: 'has means or a plan',
    source: `(?:bought|ordered|got|buying|ordering|getting) ${oneOf([
      'a ',
      'the ',
      'some ',
      'enough ',
      'all ',
      'a lot of ',
      'loads of ',
    ])}?(?:bottle of |box of |packet of |new )?${METHOD_NOUN}(?! ${oneOf([
      'safe',
      'case',
      'cabinet',
      'licen[cs]e',
      'holster',
      'box',
      'rack',
      'storage',
      'stand',
    ])}(?![\\p{L}]))`,
    checkSubject: true,
    // Buying paracetamol for a headache or a rope for climbing is shopping, not means.
    unless: [
      `(?:for|because of|with) (?:my |a |the |his |her )?${oneOf([
        'headache',
        'migraine',
        'cold',
        'flu',
        'fever',
        'period',
        'cramps',
        'back',
        'tooth',
        'teeth',
        'knee',
        'hay ?fever',
        'allerg\\w+',
        'pain',
        'injury',
        'sprain',
        'surgery',
        'operation',
        'prescription',
      ])}`,
      'shav\\w*',
      'beard',
      'climb\\w*',
      'boulder\\w*',
      'camping',
      'sailing',
      'boat',
      'towing',
      'skipping',
      'jump ?rope',
      'gym',
      'washing line',
      'hammock',
      'tent',
      'swing',
      'garden',
      'shooting range',
      'hunting',
      'pharmacy',
      'chemist',
      `for (?:my |the )?${oneOf([
        'mum',
        'mom',
        'dad',
        'nan',
        'gran',
        'grandma',
        'grandad',
        'kids?',
        'son',
        'daughter',
        'partner',
        'wife',
        'husband',
        'dog',
        'cat',
      ])}`,
    ],
  },
  {
    level: 'severe',
    reason: 'intends to jump or overdose',
    source: [
      `${oneOf([
        `${GOING_TO}`,
        `${WANT_TO}`,
        'thinking (?:about|of)',
      ])} (?:jump|jumping)(?= *(?:$|[.!?,]|off|from|in front))`,
      `${oneOf([
        `${GOING_TO}`,
        `${WANT_TO}`,
        'might',
        'could',
        'tried to',
        'try to',
        'trying to',
        "think i'?ll",
        'thinking (?:about|of)',
      ])} (?:overdose|overdosing|od)`,
      'overdosed',
      'overdosing',
      `(?:took|swallowed|taken|take|taking) ${oneOf([
        'all',
        'a (?:whole )?(?:packet|bottle|box|handful)',
        'too many',
        'a bunch',
        'the whole',
        'loads',
        'a load',
        'a handful',
        'handfuls',
        'every',
      ])}(?: of)?(?: my| the)? (?:sleeping )?${METHOD_NOUN}`,
    ],
    checkSubject: true,
  },

  // Self-harm: severe now or intended, elevated as urge or history (decided in detect.ts).
  {
    level: 'severe',
    reason: 'self-harm',
    source: [
      `${SELF_HARM_VERB} (?:${MYSELF}|my (?:arms?|legs?|wrists?|skin|thighs?|stomach))`,
      'self[- ]?harm(?:ing|ed)?',
      '(?:cut|cutting) again',
    ],
    selfHarm: true,
    checkSubject: true,
  },

  // Elevated: passive death wishes.
  {
    level: 'elevated',
    reason: 'passive wish to be dead',
    source: [
      "wish(?:ed)? i (?:was|were|'?d be|could be) dead",
      "wish i (?:was|were|had)(?: never|n'?t| not) (?:been )?born",
      "wish i'?d never been born",
      "wish i (?:wasn'?t|weren'?t) (?:alive|here|born|around)",
      `(?:wish i could|${WANT_TO}|just want to|rather) (?:just )?${oneOf([
        'disappear',
        'vanish',
        'stop existing',
        'not exist',
        'cease to exist',
        'fade away',
      ])}(?! into| for| to | on | from| off)`,
      `(?:wish i could|want to|wanna) (?:just )?${oneOf([
        'sleep forever',
        'go to sleep and (?:never|not) wake up',
        'fall asleep and (?:never|not) wake up',
      ])}`,
      '(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up',
      "hope i (?:don'?t|do not|never) wake up",
      'hope i die',
      `${DONT} (?:want|wanna) (?:to )?wake up`,
      'sleep forever',
      `(?:wouldn'?t|would not|won'?t|don'?t) (?:care|mind) if i ${oneOf([
        'died',
        'was dead',
        'were dead',
        "didn'?t wake up",
        'never woke up',
        'got hit',
        'disappeared',
      ])}`,
      'if (?:a|the) (?:bus|car|truck|lorry|train) (?:hit|hits|ran over|killed) me',
      "(?:wouldn'?t|would not|won'?t) fight it",
      '(?:tired|sick) of (?:living|being alive|existing|life|being here)',
      'rather not (?:exist|be alive|be here)',
      "if i (?:just )?(?:didn'?t|did not) exist",
      `${DONT} (?:want|wanna) (?:to )?be here ${ANYMORE}`,
      `(?:nobody|no one|no-one|noone) (?:would|will|'?d) (?:even )?${oneOf([
        'miss me',
        '(?:care|notice|know|mind)(?: at all)? if i',
      ])}`,
    ],
    fixedNegation: true,
  },
  {
    level: 'elevated',
    reason: "doesn't want to live like this",
    source: `${DONT} (?:want|wanna) (?:to )?(?:live|keep living|go on) (?:like this|this way)`,
    fixedNegation: true,
  },
  // Elevated: hopelessness.
  {
    level: 'elevated',
    reason: 'hopelessness',
    source: [
      `hopeless(?:ness)?(?! ${HOPELESS_SKILL})`,
      'no way out',
      'no hope left',
      'lost (?:all )?hope',
      `(?:${DONT}|${CANT}) see (?:a|any) (?:future|way out|point|light)`,
      'no future (?:for me|ahead)',
      `what(?: is|'?s) (?:even )?the point(?: of| in)? ${oneOf([
        'anything',
        'everything',
        'life',
        'living',
        'it all',
        'any of (?:it|this)',
        'going on',
        'carrying on',
        'trying',
        'even trying',
        'me',
        'anymore',
      ])}`,
      `${oneOf([
        'life',
        'everything',
        'it all',
        'living',
        'my life',
      ])} (?:is|feels|seems) (?:so |completely |totally |just )?${oneOf([
        'pointless',
        'meaningless',
        'hopeless',
      ])}`,
      "(?:isn'?t|is not|'s not|not|no longer) worth living",
      `no point (?:in )?${oneOf([
        'trying',
        'living',
        'anything',
        'going on',
        'carrying on',
        'being alive',
        'any of (?:it|this)',
        'me being here',
      ])}`,
      '(?:never|not ever) (?:going to|gonna|will)? ?get better',
      'nothing (?:is |will )?(?:ever )?(?:going to |gonna )?(?:get|gets) better',
      `give up on (?:life|everything|living|${MYSELF}|it all)`,
      `giving up on (?:life|everything|living|${MYSELF}|it all)`,
    ],
    aboutLife: true,
    resolvable: true,
  },
  // Elevated: cannot cope any longer.
  {
    level: 'elevated',
    reason: "can't cope any longer",
    source: [
      `${CANT} (?:take|handle|stand|bear|do) ${oneOf([
        'this',
        'it',
        'it all',
        'any of (?:this|it)',
        'this life',
        'life',
      ])}? ?${ANYMORE}`,
      `${CANT} (?:go on|keep going|carry on|continue|keep living)`,
      `${CANT} keep (?:doing this|going|living like this|this up)`,
      `${CANT} cope`,
      'breaking point',
      'end of my (?:rope|tether)',
      `(?:how much|how long) (?:longer |more )?(?:of (?:this|it) )?i ${oneOf([
        'can',
        'could',
        "'?ll be able to",
      ])} ${oneOf([
        'keep going',
        'go on',
        'carry on',
        'take(?: (?:it|this|much more))?(?= *(?:$|[.!?,;]|any|for|much|like))',
        'hold on',
        'do this',
        'cope',
        'last',
      ])}${NOT_AN_ERRAND}`,
      `${oneOf([
        `${DONT} (?:think|believe)`,
        `(?:${DONT} know|not sure|unsure|no idea|dunno) (?:if|whether|how)`,
      ])} i (?:can|could|'?ll be able to) ${oneOf([
        'keep going',
        'go on',
        'carry on',
        'cope',
        'hold on',
        'take (?:it|this|much more)',
        `do this (?:much longer|${ANYMORE})`,
      ])}${NOT_AN_ERRAND}`,
      `${CANT} (?:go on )?liv(?:e|ing) like this`,
      'done with (?:life|living|everything|it all)',
    ],
    resolvable: true,
  },
  {
    level: 'elevated',
    reason: 'feels a burden',
    source: [
      `${I_AM} (?:just |such |nothing but |only |a )*(?:a )?${oneOf([
        'burden',
        'drain on',
        'dead weight (?:to|for|on)',
      ])}(?! of proof)`,
      'feel like (?:such |a |just )*(?:burden|drain on)',
      '(?:of |hate |sick of |tired of )being (?:such |a |just )*burden',
      `${I_AM} (?:just |only )?(?:ruining|wrecking) ${oneOf([
        "everyone'?s",
        "everybody'?s",
        'their',
        'your',
        "my family'?s",
        "my (?:parents|kids|children)'?",
      ])} li(?:fe|ves)`,
    ],
    resolvable: true,
  },
  // Elevated: reports about someone else and being told to harm oneself.
  {
    level: 'elevated',
    reason: 'someone else is at risk',
    source: [
      `${oneOf([
        'kill',
        'killing',
        'killed',
        'kills',
        'hang',
        'hanged',
        'hanging',
        'shot',
        'shoots?',
        'shooting',
        'hurt',
        'hurting',
        'hurts',
        'cut',
        'cuts',
        'cutting',
        'harm',
        'harms',
        'harming',
        'end',
        'ended',
        'ending',
        'take',
        'took',
        'taking',
      ])} ${REFLEXIVE_THIRD}`,
      '(?:end|ended|ending|take|took|taking) (?:his|her|their) (?:own )?life',
      'wants to die',
      'wanted to die',
    ],
    thirdPerson: true,
  },
  {
    level: 'elevated',
    reason: 'told to harm themselves',
    source: `(?:told|tell|tells|telling|said|says) (?:me|u|you) to (?:go )?(?:kill ${MYSELF}|kys|die|end it)`,
  },
];

/** Compiled once, without the global flag, so `.test()` keeps no state between calls. */
const once = (source: Phrases) => new RegExp(phrase(joined(source)).source, 'u');

export const CRISIS_RULES: readonly CrisisRule[] = [...SPECS, ...SIGN_SPECS, ...CONCEPT_SPECS].map(
  ({ source, requires, unless, ...rest }) => ({
    ...rest,
    pattern: phrase(joined(source)),
    ...(requires ? { requires: once(requires) } : {}),
    ...(unless ? { unless: once(unless) } : {}),
  }),
);
