/**
 * The person's baseline: their usual blink rate and facial arousal from the first minute of a
 * session, their usual stress from past sessions. Until enough readings built it, and during the
 * first minute of a session without history, every fused reading says it is still calibrating.
 */
import type { Baseline, ModalityReading } from './types';

/** The first minute of a session is calibration. */
export const CALIBRATION_MS = 60_000;
/** Readings with cues (any modality) a baseline needs, without past sessions, before stress is read against it. */
export const MIN_BASELINE_SAMPLES = 10;

export const EMPTY_BASELINE: Baseline = {
  stress: null,
  blinkRatePerMinute: null,
  faceArousal: null,
  samples: 0,
};

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

/**
 * Builds a baseline from a session's readings (only those in its first minute count) and the mean
 * stress of each past session. Past sessions' own baselines, when given, fill what this one lacks.
 */
export function buildBaseline({
  readings,
  sessionStartedAt,
  pastSessionStress = [],
  previous,
}: {
  readings: readonly ModalityReading[];
  sessionStartedAt: number;
  pastSessionStress?: readonly number[];
  previous?: Baseline;
}): Baseline {
  const firstMinute = readings.filter(
    (r) => r.at >= sessionStartedAt && r.at < sessionStartedAt + CALIBRATION_MS,
  );
  const face = firstMinute.filter((r) => r.modality === 'face' && r.cues);
  const blinks = face.map((r) => r.cues!.blinkRatePerMinute).filter((v) => v !== undefined);
  const arousal = face.map((r) => r.cues!.faceArousal).filter((v) => v !== undefined);
  const withCues = firstMinute.filter((r) => r.cues);
  const stress = pastSessionStress.filter(Number.isFinite);
  return {
    stress: mean(stress) ?? previous?.stress ?? null,
    blinkRatePerMinute: mean(blinks) ?? previous?.blinkRatePerMinute ?? null,
    faceArousal: mean(arousal) ?? previous?.faceArousal ?? null,
    samples: withCues.length + (previous?.samples ?? 0),
  };
}

/**
 * Still calibrating: the first minute of a session for someone with no past sessions, or, after it,
 * while fewer than MIN_BASELINE_SAMPLES readings built the baseline. Past sessions end calibration.
 */
export function isCalibrating(
  baseline: Baseline,
  now: number,
  sessionStartedAt: number | undefined,
): boolean {
  if (baseline.stress !== null) return false;
  const inFirstMinute = sessionStartedAt !== undefined && now - sessionStartedAt < CALIBRATION_MS;
  return inFirstMinute || baseline.samples < MIN_BASELINE_SAMPLES;
}
