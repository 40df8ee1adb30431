/**
 * The small word lists the responder reads a message with. Written for the responder: stressors.ts
 * decides whether a topic is a worry; these decide how to say it back to the person.
 */

/** Feeling words a person uses, by family; the family picks the tone and the suggestion. */
export const FEELINGS = {
  stressed: 'stressed out|stressed|under pressure|overwhelmed|swamped|frazzled|on edge|tense',
  anxious: 'anxious|nervous|worried|scared|afraid|terrified|panicky|uneasy|jittery',
  sad: 'sad|down|low|heartbroken|gutted|miserable|crushed|hurt|empty|upset|devastated|lost|grieving',
  angry: 'angry|furious|annoyed|frustrated|pissed off|livid|irritated|mad|fed up|resentful',
  tired: 'tired|exhausted|drained|burnt out|burned out|worn out|knackered|wiped out|depleted',
  lonely: 'lonely|alone|isolated|left out|invisible',
  flat: 'bored|flat|meh|unmotivated|stuck|blah|restless|numb',
  happy:
    'happy|excited|proud|relieved|thrilled|glad|delighted|over the moon|buzzing|grateful|hopeful|great',
} as const;
export type FeelingFamily = keyof typeof FEELINGS;

/** Relations a person names with "my ...": remembered and said back as "your ...". */
export const PEOPLE =
  'best friend|friends?|sister|brother|mum|mom|mother|dad|father|parents|partner|boyfriend|girlfriend|husband|wife|ex|boss|manager|co-?workers?|colleagues?|team ?lead|teammates?|flatmates?|roommates?|housemates?|son|daughter|kids|children|teacher|professor|tutor|grandma|grandmother|grandad|grandpa|grandfather|aunt|uncle|cousin|in-laws|neighbours?|neighbors?|therapist|doctor|coach';

/**
 * Things people talk about, said back as a phrase from their own sentence ("the deadline on the
 * project"). Nouns only, so the phrase around them stays a noun phrase.
 */
export const THINGS =
  'deadlines?|projects?|exams?|tests?|essays?|thesis|dissertation|presentations?|interviews?|job|new job|work|meetings?|reports?|assignments?|coursework|rent|bills|debt|loan|mortgage|move|house|flat|apartment|wedding|funeral|surgery|operation|appointment|results|shifts?|launch|review|application|breakup|break-up|diagnosis|course|classes|class|trip|date|birthday|promotion|workload|inbox|emails|finals|revision|audition|match|race|performance|driving test|visa|court case|landlord|exam results|paper|grant|contract|pitch|argument|fight|new city|new school|commute';

/** Events told with a verb, remembered and said back as a noun phrase. */
export const EVENTS: readonly [pattern: string, key: string, said: string][] = [
  ['broke up|broken up|split up|dumped me|ended things|left me', 'breakup', 'the breakup'],
  ['got fired|been fired|laid off|lost my job|made redundant', 'job loss', 'losing your job'],
  ['moved (?:to|house|out|here|away)|moving (?:to|house|out)', 'move', 'the move'],
  [
    "can'?t sleep|couldn'?t sleep|not sleeping|haven'?t (?:been )?sleeping|barely slept",
    'sleep',
    'your sleep',
  ],
  [
    'passed away|died|lost my (?:mum|mom|mother|dad|father|grandma|grandad|grandpa|friend|dog|cat|baby)',
    'loss',
    'your loss',
  ],
];

/** Words a noun phrase never runs into: verbs, conjunctions, pronouns. */
export const STOP = new Set(
  (
    'is are was were be been being am i you he she it we they me him her us them and or but so ' +
    'because that which who when while if then than to has have had do does did will would ' +
    "can could should just really very too also not no it's i'm that's there here what how why " +
    'again still even all keeps keep kept going gonna got get gets coming came feel feels felt ' +
    'make makes made seems seem like about'
  ).split(' '),
);

export const DETERMINERS = new Set(
  'the my our this that a an his her their your these those'.split(' '),
);
export const PREPOSITIONS = new Set('on for at with in of from'.split(' '));
export const TIMES = new Set(
  'tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday week weekend morning'.split(
    ' ',
  ),
);

/** First and second person swapped, for saying the person's words back to them. */
export const SWAP: Record<string, string> = {
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  our: 'your',
  ours: 'yours',
  we: 'you',
  us: 'you',
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
};

/** Said back to the person for a stressor topic when their sentence gives no noun phrase. */
export const TOPIC_PHRASES = {
  work: 'work',
  relationships: 'your relationship',
  health: 'your health',
  family: 'your family',
  money: 'money',
  sleep: 'your sleep',
  study: 'your studies',
} as const;

/** Worries big enough that splitting them into steps is the useful move. */
export const BIG_TASKS = new Set(
  'deadline project essay thesis dissertation assignment coursework revision report exam workload inbox application presentation paper grant move'.split(
    ' ',
  ),
);
