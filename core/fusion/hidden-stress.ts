/**
 * Hidden stress: the modalities disagree in a way that suggests a brave face. Each pattern has a
 * stable code and a plain sentence; the first that matches, in the order below (most serious
 * first), is reported. Thresholds are fixed here, chosen on dev data (eval/fusion.ts says which).
 */
import { circumplexPosition } from './circumplex';
import { STATED_STRESS_AT } from './stress';
import type { HiddenStress, Modality, ModalityReading } from './types';

/** A face counts as smiling when the face reading gives happy at least this probability. */
export const SMILE_AT = 0.5;
/** Text counts as negative when its negativity cue, or its negative classes' mass, reaches this. */
export const NEGATIVE_TEXT_AT = 0.5;
/** Text counts as positive when its valence reaches this. */
export const POSITIVE_TEXT_AT = 0.3;
/** Text risk at or above elevated (0.5). */
export const RISK_AT = 0.5;
/** Vocal stress (already against the person's own voice) counted as high. */
export const VOCAL_STRESS_AT = 0.6;
/** A voice sounds flat when neutral and sad together have at least this probability. */
export const FLAT_VOICE_AT = 0.5;
/** A face looks calm when neutral and happy together have at least this probability. */
export const CALM_FACE_AT = 0.5;

type Present = Partial<Record<Modality, ModalityReading>>;

const smiles = (face?: ModalityReading) => !!face && face.probabilities.happy >= SMILE_AT;
const flat = (voice?: ModalityReading) =>
  !!voice && voice.probabilities.neutral + voice.probabilities.sad >= FLAT_VOICE_AT;
const calm = (face?: ModalityReading) =>
  !!face && face.probabilities.neutral + face.probabilities.happy >= CALM_FACE_AT;
const valenceOf = (r: ModalityReading) => r.valence ?? circumplexPosition(r.probabilities).valence;
const negativeMass = (r: ModalityReading) =>
  r.probabilities.angry + r.probabilities.disgusted + r.probabilities.fearful + r.probabilities.sad;
const textStressed = (text?: ModalityReading) => (text?.cues?.textStress ?? 0) >= STATED_STRESS_AT;
// Saying one is stressed is a low word too, even when the lexicon finds no negative one in it.
const textNegative = (text?: ModalityReading) =>
  !!text &&
  (Math.max(text.cues?.textNegativity ?? 0, negativeMass(text)) >= NEGATIVE_TEXT_AT ||
    textStressed(text));
const textRisky = (text?: ModalityReading) => (text?.cues?.textRisk ?? 0) >= RISK_AT;
const vocalStress = (voice?: ModalityReading) => voice?.cues?.vocalStress ?? 0;

interface Pattern {
  pattern: string;
  reason: string;
  matches(r: Present): boolean;
}

export const HIDDEN_STRESS_PATTERNS: readonly Pattern[] = [
  {
    pattern: 'smile_risky_text',
    reason:
      'You look cheerful, but what you wrote sounds like you may be going through something hard.',
    matches: (r) => smiles(r.face) && textRisky(r.text),
  },
  {
    pattern: 'smile_flat_voice_negative_text',
    reason: 'You are smiling, but your voice sounds flat and your words sound low.',
    matches: (r) => smiles(r.face) && flat(r.voice) && textNegative(r.text),
  },
  {
    pattern: 'smile_stressed_text',
    reason: 'You are smiling, but what you wrote says you are feeling the pressure.',
    matches: (r) => smiles(r.face) && textStressed(r.text),
  },
  {
    pattern: 'smile_negative_text',
    reason: 'You are smiling, but what you wrote sounds upset.',
    matches: (r) => smiles(r.face) && textNegative(r.text),
  },
  {
    pattern: 'calm_face_vocal_stress',
    reason: 'Your face looks calm, but your voice sounds more tense than usual for you.',
    matches: (r) => calm(r.face) && vocalStress(r.voice) >= VOCAL_STRESS_AT,
  },
  {
    pattern: 'positive_words_stressed_voice',
    reason: 'Your words sound fine, but your voice sounds more strained than usual for you.',
    matches: (r) =>
      !!r.text && valenceOf(r.text) >= POSITIVE_TEXT_AT && vocalStress(r.voice) >= VOCAL_STRESS_AT,
  },
];

/** The first disagreement pattern the readings match, or null when they agree. */
export function detectHiddenStress(readings: Present): HiddenStress | null {
  const match = HIDDEN_STRESS_PATTERNS.find((p) => p.matches(readings));
  return match ? { pattern: match.pattern, reason: match.reason } : null;
}
