/**
 * fuseReadings: the latest face, voice and text readings and the person's baseline in, one fused
 * reading out. Emotion probabilities are a weighted mean (linear opinion pool) with the weights of
 * weights.ts. One exception, documented in README.md: a message's neutral mass defers to the
 * other modalities, and its weight uses the confidence of its top non-neutral class (weights.ts),
 * because a plain sentence says nothing about how it was said; otherwise every "I'll be home at
 * six" would pull a crying face and voice towards neutral.
 */
import { EMOTIONS } from '../emotions';
import { isCalibrating } from './calibration';
import { circumplexPosition, topEmotion } from './circumplex';
import { detectHiddenStress } from './hidden-stress';
import { RELIABILITY } from './reliability';
import { cuesOf, stressParts, stressScore } from './stress';
import {
  MODALITIES,
  type EmotionProbabilities,
  type FusedReading,
  type FusionInput,
  type Modality,
  type ModalityReading,
} from './types';
import { DEFERS_WHEN_NEUTRAL, modalityWeights, recencyDecay } from './weights';

/** Readings older than two half-lives no longer take part in hidden-stress patterns. */
const HIDDEN_STRESS_MIN_DECAY = 0.25;

const zeros = () => Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as EmotionProbabilities;

function addScaled(into: EmotionProbabilities, p: EmotionProbabilities, scale: number): void {
  for (const e of EMOTIONS) into[e] += scale * p[e];
}

/** The readings present and not switched off. */
function present(input: FusionInput): Partial<Record<Modality, ModalityReading>> {
  const out: Partial<Record<Modality, ModalityReading>> = {};
  for (const m of MODALITIES) {
    const reading = input.readings[m];
    if (reading && !input.off?.includes(m)) out[m] = reading;
  }
  return out;
}

/** Each counted modality's effective probabilities (deferring ones with their neutral mass handed on). */
function effectiveProbabilities(
  readings: Partial<Record<Modality, ModalityReading>>,
  weights: Partial<Record<Modality, number>>,
): Partial<Record<Modality, EmotionProbabilities>> {
  const counted = MODALITIES.filter((m) => weights[m] !== undefined);
  const others = zeros();
  let othersWeight = 0;
  for (const m of counted) {
    if (DEFERS_WHEN_NEUTRAL.includes(m)) continue;
    addScaled(others, readings[m]!.probabilities, weights[m]!);
    othersWeight += weights[m]!;
  }
  const out: Partial<Record<Modality, EmotionProbabilities>> = {};
  for (const m of counted) {
    const p = readings[m]!.probabilities;
    if (!DEFERS_WHEN_NEUTRAL.includes(m) || othersWeight === 0) {
      out[m] = p;
      continue;
    }
    const q = { ...p, neutral: 0 };
    addScaled(q, others, p.neutral / othersWeight);
    out[m] = q;
  }
  return out;
}

/** Fuses the latest readings into one; pure, about a microsecond (bench/fusion.ts). */
export function fuseReadings(
  input: FusionInput,
  reliability: Readonly<Record<Modality, number>> = RELIABILITY,
): FusedReading {
  const readings = present(input);
  const weights = modalityWeights(input, reliability);
  const effective = effectiveProbabilities(readings, weights);
  const probabilities = zeros();
  let valence = 0;
  let arousal = 0;
  for (const m of MODALITIES) {
    const w = weights[m];
    if (w === undefined) continue;
    const p = effective[m]!;
    addScaled(probabilities, p, w);
    const position = circumplexPosition(p);
    valence += w * (readings[m]!.valence ?? position.valence);
    arousal += w * (readings[m]!.arousal ?? position.arousal);
  }
  const counted = Object.keys(weights).length > 0;
  if (!counted) probabilities.neutral = 1;
  const emotion = topEmotion(probabilities);

  const parts = stressParts(cuesOf(Object.values(readings)), input.baseline);
  const stress = stressScore(parts);
  const fresh = Object.fromEntries(
    Object.entries(readings).filter(
      ([m, r]) => recencyDecay(m as Modality, input.now - r.at) >= HIDDEN_STRESS_MIN_DECAY,
    ),
  );
  return {
    emotion,
    probabilities,
    confidence: counted ? probabilities[emotion] : 0,
    valence: counted ? valence : 0,
    arousal: counted ? arousal : circumplexPosition(probabilities).arousal,
    stress,
    stressVsUsual:
      input.baseline.stress === null
        ? null
        : Math.round((stress - input.baseline.stress) * 10) / 10,
    hiddenStress: detectHiddenStress(fresh),
    weights,
    stressParts: parts,
    calibrating: isCalibrating(input.baseline, input.now, input.sessionStartedAt),
    at: input.now,
  };
}
