/**
 * Attention-style weights: each modality's raw weight is confidence × measured reliability ×
 * signal quality × recency decay; the raw weights are normalised to sum to 1 over the modalities
 * that count. A modality that is missing, switched off, or whose raw weight is 0 drops out.
 */
import { RELIABILITY } from './reliability';
import { clamp01 } from './circumplex';
import { MODALITIES, type FusionInput, type Modality, type ModalityReading } from './types';

/**
 * Half-life of a reading's weight, per modality. Face frames arrive ~15 per second, so a face
 * reading 3 s old has been replaced ~45 times and is nearly stale; a voice segment covers 2-5 s of
 * speech and the next one comes after the next utterance; a message stays the topic of the
 * conversation for about a minute. A reading loses half its weight every half-life.
 */
export const RECENCY_HALF_LIFE_MS: Readonly<Record<Modality, number>> = {
  face: 3_000,
  voice: 10_000,
  text: 60_000,
};

/** 1 now, 0.5 one half-life ago; a reading from the future (clock skew) counts as now. */
export function recencyDecay(modality: Modality, ageMs: number): number {
  return Math.pow(0.5, Math.max(0, ageMs) / RECENCY_HALF_LIFE_MS[modality]);
}

/**
 * Modalities whose neutral class means "no evidence" rather than "calm": the words of a plain
 * sentence say nothing about how it was said. fuse.ts hands their neutral mass on to the other
 * modalities, and their confidence here is that of their evidence, the top non-neutral class.
 */
export const DEFERS_WHEN_NEUTRAL: readonly Modality[] = ['text'];

/** How sure the reading is of what it brings to the fusion (see DEFERS_WHEN_NEUTRAL). */
export function evidenceConfidence(modality: Modality, reading: ModalityReading): number {
  const confidence = clamp01(reading.confidence);
  if (!DEFERS_WHEN_NEUTRAL.includes(modality)) return confidence;
  const { neutral: _neutral, ...emotional } = reading.probabilities;
  return Math.min(confidence, clamp01(Math.max(...Object.values(emotional))));
}

/** The raw (unnormalised) weight of one reading. */
export function rawWeight(
  modality: Modality,
  reading: ModalityReading,
  now: number,
  reliability: Readonly<Record<Modality, number>> = RELIABILITY,
): number {
  const weight =
    evidenceConfidence(modality, reading) *
    clamp01(reliability[modality]) *
    clamp01(reading.quality) *
    recencyDecay(modality, now - reading.at);
  return Number.isFinite(weight) ? weight : 0;
}

/** The readings that count, each with its share; shares sum to 1 (empty when nothing counts). */
export function modalityWeights(
  input: FusionInput,
  reliability: Readonly<Record<Modality, number>> = RELIABILITY,
): Partial<Record<Modality, number>> {
  const raw: [Modality, number][] = [];
  for (const modality of MODALITIES) {
    const reading = input.readings[modality];
    if (!reading || input.off?.includes(modality)) continue;
    const weight = rawWeight(modality, reading, input.now, reliability);
    if (weight > 0) raw.push([modality, weight]);
  }
  const total = raw.reduce((sum, [, w]) => sum + w, 0);
  return Object.fromEntries(raw.map(([m, w]) => [m, w / total]));
}
