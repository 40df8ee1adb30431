/** Readings for fusion's tests and bench: one class mostly, the rest spread evenly. */
import { EMOTIONS, type Emotion } from '../emotions';
import { EMPTY_BASELINE } from './calibration';
import type { Baseline, EmotionProbabilities, Modality, ModalityReading } from './types';

export const NOW = 1_800_000_000_000;

/** `top` gets `share`, the other six split the rest. */
export function peaked(top: Emotion, share = 0.7): EmotionProbabilities {
  const rest = (1 - share) / (EMOTIONS.length - 1);
  return Object.fromEntries(
    EMOTIONS.map((e) => [e, e === top ? share : rest]),
  ) as EmotionProbabilities;
}

export function reading(
  modality: Modality,
  top: Emotion,
  extra: Partial<ModalityReading> = {},
): ModalityReading {
  const probabilities = extra.probabilities ?? peaked(top);
  return {
    modality,
    probabilities,
    confidence: Math.max(...Object.values(probabilities)),
    quality: 1,
    at: NOW,
    ...extra,
  };
}

/** A baseline with enough samples and history that nothing is calibrating. */
export const SETTLED: Baseline = { ...EMPTY_BASELINE, stress: 30, samples: 100 };
