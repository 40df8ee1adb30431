import type { Feeling } from './extract';
import type { MoodState } from './types';

/**
 * How the reply should sound. stressed: slower, softer, shorter, validating. low: gentle and
 * patient (sadness, loneliness, exhaustion). steady: warm and curious. upbeat: warm and lively.
 */
export type Tone = 'stressed' | 'low' | 'steady' | 'upbeat';

/** Stress at or above this reads as stressed whatever the emotion label says. */
export const HIGH_STRESS = 60;
/** Anger or fear with at least this much stress reads as stressed too. */
const TENSE_STRESS = 40;

const DISTRESS: Record<string, Tone> = {
  stressed: 'stressed',
  anxious: 'stressed',
  angry: 'stressed',
  sad: 'low',
  lonely: 'low',
  tired: 'low',
};

function toneOfMood(mood: MoodState): Tone {
  if (mood.stress >= HIGH_STRESS) return 'stressed';
  if ((mood.emotion === 'angry' || mood.emotion === 'fearful') && mood.stress >= TENSE_STRESS) {
    return 'stressed';
  }
  if (mood.emotion === 'sad' || mood.emotion === 'disgusted' || mood.valence < -0.3) return 'low';
  if ((mood.emotion === 'happy' || mood.emotion === 'surprised') && mood.valence > 0.2) {
    return 'upbeat';
  }
  return 'steady';
}

/**
 * The tone for this reply. The fused mood leads, but words of distress are never answered
 * cheerfully: someone who writes "I'm heartbroken" gets a gentle reply even if their face smiles
 * (that gap is what hidden stress names).
 */
export function chooseTone(
  mood: MoodState | null,
  feelings: readonly Feeling[],
  valence: number,
): Tone {
  // "I was so nervous but it went fine": a distress word the message itself resolves.
  // "Excited but nervous" is mixed, not distress: the mood decides.
  const resolved = valence > 0.2 || feelings.some((feeling) => feeling.family === 'happy');
  const said = resolved
    ? undefined
    : feelings.map((feeling) => DISTRESS[feeling.family]).find(Boolean);
  const fromMood = mood ? toneOfMood(mood) : null;
  if (fromMood === 'stressed' || fromMood === 'low') return fromMood;
  if (said) return said;
  if (fromMood === 'steady' && valence > 0.3) return 'upbeat';
  if (fromMood) return fromMood === 'upbeat' || valence > -0.3 ? fromMood : 'low';
  if (feelings.some((feeling) => feeling.family === 'happy') || valence > 0.4) return 'upbeat';
  return valence < -0.4 ? 'low' : 'steady';
}

const EMOTION_WORDS: Record<MoodState['emotion'], string> = {
  angry: 'angry or frustrated',
  disgusted: 'put off or resentful',
  fearful: 'anxious or afraid',
  happy: 'happy',
  neutral: 'fairly neutral',
  sad: 'sad or low',
  surprised: 'surprised',
};

/** Stress in words, never as the number: a model given "72/100" tends to quote it back. */
export function stressInWords(stress: number): string {
  if (stress < 25) return 'low';
  if (stress < 50) return 'moderate';
  if (stress < 75) return 'high';
  return 'very high';
}

/** The fused state in plain words, for the LLM prompt and for the samples. */
export function describeMood(mood: MoodState): string {
  const feeling = EMOTION_WORDS[mood.emotion];
  const energy = mood.arousal > 0.6 ? 'keyed up' : mood.arousal < 0.3 ? 'low in energy' : 'settled';
  return `They seem ${feeling}, ${energy}, with ${stressInWords(mood.stress)} stress.`;
}
