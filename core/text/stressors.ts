import { normalizeForMatching } from './normalize';
import { matchPhrase, phrase, toSpan } from './phrases';
import { scoreSentiment } from './sentiment';
import type { TextSpan } from './span';
import type { StressorTopic } from './stressor-topics';
import { sentenceAround } from './tokenize';

export { STRESSOR_TOPICS, type StressorTopic } from './stressor-topics';

export interface Stressor {
  topic: StressorTopic;
  span: TextSpan;
}

const TOPIC_TERMS: Record<StressorTopic, string> = {
  work: 'work|working|job|jobs|boss|manager|deadlines?|meetings?|office|shifts?|co-?workers?|colleagues?|clients?|customers?|projects?|promotion|fired|laid off|layoffs?|overtime|inbox|emails|presentation|career|workload|interview|performance review|salary review',
  relationships:
    'boyfriend|girlfriend|partner|husband|wife|fianc[eé]e?|break ?up|broke up|breaking up|dating|my ex|divorce|divorced|marriage|relationship|crush|friendship|friends?|situationship|cheated|cheating',
  health:
    'sick|ill|illness|doctors?|hospital|pain|diagnosis|diagnosed|symptoms?|migraines?|covid|surgery|medication|meds|health|chronic|injury|injured|tests? results|scan|therapy|flu',
  family:
    'mum|mom|mother|dad|father|parents?|kids?|children|child|son|daughter|brother|sister|siblings?|family|in-?laws|grandma|grandpa|grandmother|grandfather|aunt|uncle|baby|toddler',
  money:
    "money|rent|bills?|debt|debts|loans?|mortgage|pay ?check|payday|salary|broke(?! up| down)|afford|credit cards?|bank|overdraft|savings|expenses|budget|taxes|financial|finances|can'?t pay",
  sleep:
    "sleep|sleeping|slept|insomnia|awake|nightmares?|can'?t sleep|tired|exhausted|no rest|3 ?am|4 ?am|up all night",
  study:
    'exams?|tests?|homework|assignments?|thesis|dissertation|class|classes|school|uni|university|college|grades?|lectures?|finals|essays?|professor|teacher|coursework|revision|revising|studying|study|semester|gcses?|a-?levels?|sats?',
};

const PATTERNS = (Object.entries(TOPIC_TERMS) as [StressorTopic, string][]).map(
  ([topic, source]) => ({ topic, pattern: phrase(source) }),
);

/** Words that make a mention a worry even when the sentence has no negative lexicon word. */
const STRESS_CUE = phrase(
  "stress|stressed|stressful|stressing|worried|worry|worrying|anxious|anxiety|pressure|overwhelm\\w*|panic\\w*|too much|struggling|struggle|behind|falling apart|can'?t|fight|fighting|argue|arguing|argument|scared|afraid|nervous|dread\\w*|sick of|fed up|upset|angry|drowning|swamped|exhausting|piling|keeps|won'?t stop|don'?t know how",
);

/**
 * What the person is stressed about: a topic mention counts only inside a sentence that reads
 * negative or names a worry, so "I love my job" is not a work stressor.
 */
export function findStressors(text: string): Stressor[] {
  const normalized = normalizeForMatching(text);
  const stressedSentence = new Map<number, boolean>();
  const isStressed = (index: number): boolean => {
    const { start, end } = sentenceAround(normalized, index);
    let verdict = stressedSentence.get(start);
    if (verdict === undefined) {
      const sentence = normalized.slice(start, end);
      STRESS_CUE.lastIndex = 0;
      verdict = STRESS_CUE.test(sentence) || scoreSentiment(text.slice(start, end)).valence < -0.05;
      stressedSentence.set(start, verdict);
    }
    return verdict;
  };
  const found: Stressor[] = [];
  for (const { topic, pattern } of PATTERNS) {
    for (const match of matchPhrase(pattern, normalized)) {
      if (isStressed(match.start)) found.push({ topic, span: toSpan(text, match) });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
