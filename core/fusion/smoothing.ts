/**
 * Temporal smoothing over the last SMOOTHING_WINDOW fused readings, so the emotion and the stress
 * score do not flicker from frame to frame, with two exceptions that are never delayed: a crisis
 * (text risk severe) and a sharp rise (SHARP_RISE points above the window's mean) show at once.
 * A pure reducer (smoothReading) and a small class around it (FusionSmoother) for the worker.
 */
import { EMOTIONS } from '../emotions';
import { topEmotion } from './circumplex';
import type { EmotionProbabilities, FusedReading } from './types';

export const SMOOTHING_WINDOW = 10;
/** A rise of this many stress points above the recent mean passes through unsmoothed. */
export const SHARP_RISE = 20;
/** A hidden-stress pattern shows once it appeared in this many readings of the window. */
export const HIDDEN_STRESS_MIN_READINGS = 2;
/** Patterns shown at once, without waiting for a second reading. */
export const IMMEDIATE_PATTERNS: readonly string[] = ['smile_risky_text'];

export interface SmoothingState {
  /** The raw fused readings, oldest first, at most SMOOTHING_WINDOW. */
  window: readonly FusedReading[];
}

export const EMPTY_SMOOTHING: SmoothingState = { window: [] };

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** A crisis: the text's risk part is severe. */
export const isCrisis = (reading: FusedReading) => (reading.stressParts.textRisk ?? 0) >= 1;

/** Adds one raw reading; returns the new window and the reading to show. */
export function smoothReading(
  state: SmoothingState,
  reading: FusedReading,
): { state: SmoothingState; smoothed: FusedReading } {
  const previous = state.window;
  const window = [...previous, reading].slice(-SMOOTHING_WINDOW);
  // A reading in which no modality counted (no face found, an uncertain frame, silence) says
  // nothing about the feeling: averaged in, it would vote neutral and outweigh a sad face that is
  // read confidently only every other frame. The feeling comes from the readings that counted.
  const counted = window.filter((r) => Object.keys(r.weights).length > 0);
  const voters = counted.length > 0 ? counted : window;
  const probabilities = Object.fromEntries(
    EMOTIONS.map((e) => [e, mean(voters.map((r) => r.probabilities[e]))]),
  ) as EmotionProbabilities;
  const emotion = topEmotion(probabilities);

  const meanStress = mean(window.map((r) => r.stress));
  const sharpRise =
    previous.length > 0 && reading.stress >= mean(previous.map((r) => r.stress)) + SHARP_RISE;
  const stress = isCrisis(reading) || sharpRise ? Math.max(reading.stress, meanStress) : meanStress;

  const current = reading.hiddenStress;
  const seen = current
    ? window.filter((r) => r.hiddenStress?.pattern === current.pattern).length
    : 0;
  const hiddenStress =
    current && (IMMEDIATE_PATTERNS.includes(current.pattern) || seen >= HIDDEN_STRESS_MIN_READINGS)
      ? current
      : null;

  return {
    state: { window },
    smoothed: {
      ...reading,
      emotion,
      probabilities,
      confidence: probabilities[emotion],
      valence: mean(voters.map((r) => r.valence)),
      arousal: mean(voters.map((r) => r.arousal)),
      stress: round1(stress),
      stressVsUsual:
        reading.stressVsUsual === null
          ? null
          : round1(stress - (reading.stress - reading.stressVsUsual)),
      hiddenStress,
    },
  };
}

/** The reducer with its state held, one per session. */
export class FusionSmoother {
  private state: SmoothingState = EMPTY_SMOOTHING;

  push(reading: FusedReading): FusedReading {
    const { state, smoothed } = smoothReading(this.state, reading);
    this.state = state;
    return smoothed;
  }

  reset(): void {
    this.state = EMPTY_SMOOTHING;
  }
}
