/**
 * The screen every LLM reply passes before it is shown: a companion never diagnoses ("you have
 * depression"), never advises on medicines or doses ("take 50mg of sertraline", "try melatonin"),
 * and never gives method information about self-harm or suicide. A reply that does is replaced
 * with one we wrote, and the reason is returned so the event can be counted. Pointing someone to
 * a doctor, naming a condition in general ("depression is common") or reflecting a feeling ("it
 * sounds like you're anxious about the exam") all pass.
 */
import type { Reply } from '../../conversation/types';
import { normalizeForMatching } from '../normalize';
import { anyOf, matchPhrase, oneOf, phrase, toSpan } from '../phrases';
import type { TextSpan } from '../span';
import { sentenceAround } from '../tokenize';
import type { Region } from './regions';
import { crisisResourcesFor } from './resources';

export type ScreenReason = 'diagnosis' | 'medication' | 'method';

export type ScreenResult =
  { ok: true } | { ok: false; reason: ScreenReason; spans: TextSpan[]; replacement: Reply };

const CONDITION = oneOf([
  '(?:clinical |major |severe |mild |postpartum |postnatal |chronic )?depression',
  'bipolar(?: disorder)?',
  'manic depression',
  '(?:an? )?(?:generali[sz]ed )?anxiety disorder',
  'social anxiety disorder',
  'panic disorder',
  'gad',
  'c-?ptsd',
  'ptsd',
  'ocd',
  'adhd',
  'add',
  'autism',
  "asperger(?:'?s)?",
  'bpd',
  'borderline(?: personality disorder)?',
  '(?:a |an )?(?:\\w+ )?personality disorder',
  'schizophrenia',
  'psychosis',
  'dysthymia',
  'seasonal affective disorder',
  'an eating disorder',
  'anorexia',
  'bulimia',
  'insomnia',
  'burnout syndrome',
  'a mental illness',
  'a (?:mood|mental health|psychiatric) (?:disorder|condition)',
]);
const LABEL = oneOf([
  'clinically depressed',
  'bipolar',
  'autistic',
  'schizophrenic',
  'psychotic',
  'manic',
  'anorexic',
  'bulimic',
  'a narcissist',
  'borderline',
  'depressed',
  'mentally ill',
]);
const HAVE = oneOf([
  'have',
  "'ve got",
  'have got',
  '(?:might|may|could|probably|likely|clearly|definitely|certainly|must) have',
  'seem to have',
  'appear to have',
  "(?:are|'re) suffering from",
  'suffer from',
  "(?:are|'re) (?:showing|displaying) (?:clear |classic )?(?:signs|symptoms) of",
  '(?:meet|fit) the criteria for',
]);

const DIAGNOSIS = [
  phrase(`you ?${HAVE} (?:a |an |some )?${CONDITION}`),
  phrase(`you(?:'re| are) (?:clearly |probably |definitely |likely |just )?${LABEL}`),
  phrase(
    `(?:this|that|these|it|what you(?:'re| are)? describ(?:e|ing)) (?:sounds?|seems?|looks?|is|are) ` +
      `like (?:classic |textbook |typical )?(?:(?:signs|symptoms) of )?${CONDITION}`,
  ),
  phrase(`(?:classic|textbook|typical|clear) (?:signs|symptoms) of ${CONDITION}`),
  phrase(`(?:i(?:'d| would)|i can) diagnose you|my diagnosis`),
];
/** "If you think you might have depression, a doctor can help": the person's question, not ours. */
const OPEN_QUESTION = /\b(?:if|whether|wonder(?:ing)?|worried|asking|not saying|only a)\b[^.!?]*$/;

const DRUG = oneOf([
  'melatonin',
  'sertraline',
  'zoloft',
  'fluoxetine',
  'prozac',
  'escitalopram',
  'lexapro',
  'citalopram',
  'paroxetine',
  'venlafaxine',
  'mirtazapine',
  'bupropion',
  'wellbutrin',
  'xanax',
  'alprazolam',
  'valium',
  'diazepam',
  'lorazepam',
  'ativan',
  'klonopin',
  'ambien',
  'zolpidem',
  'benadryl',
  'diphenhydramine',
  'antihistamines?',
  'nytol',
  "st\\.? john'?s wort",
  'ashwagandha',
  'valerian(?: root)?',
  'cbd(?: oil)?',
  'kava',
  'magnesium',
  'lithium',
  'propranolol',
  'beta[- ]blockers?',
  'benzodiazepines?',
  'benzos?',
  'antidepressants?',
  'an antidepressant',
  'ssris?',
  'an ssri',
  'sleeping (?:pills?|tablets?)',
  'a sleeping (?:pill|tablet)',
  'anti-?anxiety (?:meds|medication|pills)',
  'weed',
  'cannabis',
]);
const SUGGEST = oneOf([
  'try',
  'trying',
  'take',
  'taking',
  'have you tried',
  'consider',
  'considering',
  'pop',
  'a dose of',
  'some',
  'start on',
  'go on',
  'get on',
  'switch to',
]);
const DOSE_CHANGE = oneOf([
  'increase',
  'increasing',
  'decrease',
  'decreasing',
  'lower',
  'lowering',
  'raise',
  'double',
  'doubling',
  'halve',
  'cut',
  'skip',
  'stop',
  'stopping',
  'come off',
  'quit',
  'up',
]);
/** A dose, a medicine suggested, a schedule: advice whoever else the sentence names. */
const MEDICATION = [
  phrase(`\\d+(?:\\.\\d+)? ?(?:mg|milligrams?|mcg|micrograms?|ml|millilitres?|milliliters?|iu)`),
  phrase(`${SUGGEST} (?:some |a little |a bit of )?${DRUG}`),
  phrase(
    `(?:a|one|two|three|\\d+) (?:pills?|tablets?|capsules?) (?:a|per|every) (?:day|night|evening)`,
  ),
];
/** Changing a dose: advice unless the sentence sends the person to their prescriber. */
const DOSE_CHANGES = [
  phrase(
    `${DOSE_CHANGE} (?:taking )?(?:your |the )?(?:dose|dosage|meds|medication|medicine|pills|tablets|prescription)`,
  ),
];
const PRESCRIBER =
  /\b(?:doctor|gp|psychiatrist|pharmacist|prescriber|nurse|clinician|health ?care provider)\b/;

const METHOD = [
  phrase(`(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|level|dosage)`),
  phrase(`enough (?:\\w+ )?to (?:kill|die|end it|be fatal|be lethal|overdose)`),
  phrase(
    `(?:painless|quickest|fastest|easiest|surest|most effective|least painful|most reliable|best) ` +
      `(?:way|ways|method|methods) (?:to|of) (?:die|dying|kill|end|suicide|commit|overdose)`,
  ),
  phrase(
    `(?:cut|cutting|slit|slitting|slash|slashing) (?:your |the )?(?:wrists?|veins?|throat|arteries)`,
  ),
  phrase(`(?:tie|tying|make|making) a noose`),
  phrase(
    anyOf(['carbon monoxide', 'charcoal burning', 'exhaust fumes', 'exit bag', 'helium hood']),
  ),
  phrase(`(?:high|tall) enough to (?:kill|die|be fatal)`),
  phrase(`how many (?:pills|tablets|mg) (?:would|does|will|it takes)`),
  phrase(`overdose (?:takes|causes|would|will|is (?:slow|quick|painful|painless))`),
  phrase(`(?:along|down) the (?:vein|arm) (?:rather|instead)`),
];

const SAFE = {
  diagnosis: [
    "I'm not able to say what is behind how you feel, and I wouldn't want to guess.",
    'A doctor or therapist can help you understand it properly, and that can be a real relief.',
    'What has been the hardest part for you lately?',
  ],
  medication: [
    "I can't give advice about medicines or doses; a doctor or pharmacist is the right person for that.",
    "I'm here to listen, though. How are you feeling right now?",
  ],
} as const;

function replacement(reason: ScreenReason, region: Region | null): Reply {
  if (reason !== 'method')
    return { text: SAFE[reason].join(' '), suggestion: null, source: 'safety' };
  const copy = crisisResourcesFor(region);
  const lines = copy.lines.map((line) => `${line.name}: ${line.how}`);
  const text = [
    "I can't help with that, but I care about what happens to you.",
    'If you are thinking about ending your life or hurting yourself, please reach out now:',
    ...lines,
    copy.emergency,
    'Are you safe right now?',
  ].join(' ');
  return { text, suggestion: null, source: 'safety' };
}

/** Where a reply breaks the rules, worst first: method, then medication, then diagnosis. */
function findBreaches(text: string): { reason: ScreenReason; spans: TextSpan[] } | null {
  const normalized = normalizeForMatching(text);
  const hits = (patterns: RegExp[], keep: (start: number) => boolean) =>
    patterns
      .flatMap((pattern) => matchPhrase(pattern, normalized))
      .filter((hit) => keep(hit.start));
  const sentence = (start: number) => {
    const range = sentenceAround(normalized, start);
    return normalized.slice(range.start, range.end);
  };
  const before = (start: number) =>
    normalized.slice(sentenceAround(normalized, start).start, start);
  const checks: [ScreenReason, PhraseHits][] = [
    ['method', hits(METHOD, () => true)],
    [
      'medication',
      [
        ...hits(MEDICATION, () => true),
        ...hits(DOSE_CHANGES, (at) => !PRESCRIBER.test(sentence(at))),
      ],
    ],
    ['diagnosis', hits(DIAGNOSIS, (start) => !OPEN_QUESTION.test(before(start)))],
  ];
  for (const [reason, found] of checks) {
    if (found.length) return { reason, spans: found.map((hit) => toSpan(text, hit)) };
  }
  return null;
}
type PhraseHits = ReturnType<typeof matchPhrase>;

/** Screens an LLM reply: ok, or refused with its reason and the reply to show instead. */
export function screenReply(text: string, region: Region | null = null): ScreenResult {
  const breach = findBreaches(text);
  if (!breach) return { ok: true };
  return { ok: false, ...breach, replacement: replacement(breach.reason, region) };
}
