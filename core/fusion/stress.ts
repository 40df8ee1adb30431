/**
 * The stress score, 0-100: a weighted mean of the cues that are present, each first turned into a
 * 0..1 part relative to the person's own baseline, then raised to a floor when the text carries
 * risk. Every part rises with its cue and every weight is positive, so more vocal stress or more
 * negative text never lowers the score (stress.test.ts checks this as a property).
 */
import { clamp01 } from './circumplex';
import type { Baseline, ModalityReading, StressCues, StressParts } from './types';

/**
 * Share of each part in the mean. Voice gets the most: its stress is already measured against
 * the person's own running voice baseline (workers/voice/baseline.ts). The face (arousal and
 * brow/jaw tension) is next; words carry negativity and risk; blink rate is the weakest and
 * noisiest sign (it also drops with concentration), so it counts least.
 */
export const STRESS_PART_WEIGHTS: Readonly<Record<keyof StressParts, number>> = {
  face: 0.25,
  blink: 0.1,
  voice: 0.3,
  textNegativity: 0.2,
  textRisk: 0.15,
  textStress: 0.2,
};

/**
 * Blinks per minute at rest when the person has no baseline yet: Bentivoglio et al. (1997)
 * measured a mean of 17 per minute in healthy adults at rest.
 */
export const POPULATION_BLINK_RATE = 17;
/** Facial arousal of a neutral face on the 0..1 scale (circumplex.ts), the rest level without a baseline. */
export const POPULATION_FACE_AROUSAL = 0.5;

/** Text risk floors: an elevated message keeps stress at 70 or above, a severe one at 90. */
export const RISK_FLOORS: readonly { risk: number; floor: number }[] = [
  { risk: 1, floor: 90 },
  { risk: 0.5, floor: 70 },
];

/**
 * Stated stress: a message saying the person is stressed keeps the score at 40 ("moderate") or
 * above while its cue is at least STATED_STRESS_AT, about a minute (from-text.ts fades it behind
 * later messages). Without it a smiling, calm-sounding person who
 * writes "I'm so stressed" read 22 of 100, "low": the words' share of the mean cannot outweigh a
 * relaxed face, yet what someone says of their own stress is its most direct sign.
 */
export const STATED_STRESS_FLOOR = 40;
/** The stated-stress cue counts (here and in hidden-stress.ts) from this value: one half-life old. */
export const STATED_STRESS_AT = 0.5;

/** Arousal above the person's rest level, scaled so the top of the scale is 1; tension as measured. */
function facePart(cues: StressCues, baseline: Baseline): number | undefined {
  const rest = baseline.faceArousal ?? POPULATION_FACE_AROUSAL;
  const arousal =
    cues.faceArousal === undefined
      ? undefined
      : clamp01((cues.faceArousal - rest) / Math.max(1e-6, 1 - rest));
  const parts = [arousal, cues.faceTension].filter((v): v is number => v !== undefined);
  return parts.length ? parts.reduce((a, b) => a + clamp01(b), 0) / parts.length : undefined;
}

/** Blinking faster than usual: 0 at or below the usual rate, 1 at twice it. Slower blinking is not read as stress. */
function blinkPart(cues: StressCues, baseline: Baseline): number | undefined {
  if (cues.blinkRatePerMinute === undefined) return undefined;
  const usual = baseline.blinkRatePerMinute ?? POPULATION_BLINK_RATE;
  return clamp01(cues.blinkRatePerMinute / Math.max(1, usual) - 1);
}

/** Merges the cues of the readings that count (each modality supplies its own). */
export function cuesOf(readings: readonly ModalityReading[]): StressCues {
  return Object.assign({}, ...readings.map((r) => r.cues ?? {})) as StressCues;
}

/** Each cue as a 0..1 part against the baseline; absent cues stay absent. */
export function stressParts(cues: StressCues, baseline: Baseline): StressParts {
  const parts: StressParts = {
    face: facePart(cues, baseline),
    blink: blinkPart(cues, baseline),
    voice: cues.vocalStress === undefined ? undefined : clamp01(cues.vocalStress),
    textNegativity: cues.textNegativity === undefined ? undefined : clamp01(cues.textNegativity),
    textRisk: cues.textRisk === undefined ? undefined : clamp01(cues.textRisk),
    textStress: cues.textStress === undefined ? undefined : clamp01(cues.textStress),
  };
  for (const key of Object.keys(parts) as (keyof StressParts)[]) {
    if (parts[key] === undefined || Number.isNaN(parts[key])) delete parts[key];
  }
  return parts;
}

/** 0-100 from the parts: weighted mean of those present, then the risk and stated-stress floors. 0 with no cues at all. */
export function stressScore(parts: StressParts): number {
  let sum = 0;
  let total = 0;
  for (const key of Object.keys(STRESS_PART_WEIGHTS) as (keyof StressParts)[]) {
    const part = parts[key];
    if (part === undefined) continue;
    sum += STRESS_PART_WEIGHTS[key] * part;
    total += STRESS_PART_WEIGHTS[key];
  }
  const mean = total > 0 ? (100 * sum) / total : 0;
  const riskFloor = RISK_FLOORS.find(({ risk }) => (parts.textRisk ?? 0) >= risk)?.floor ?? 0;
  const statedFloor = (parts.textStress ?? 0) >= STATED_STRESS_AT ? STATED_STRESS_FLOOR : 0;
  return Math.round(Math.max(mean, riskFloor, statedFloor) * 10) / 10;
}
