/** The calm sentences of the state strip: how the person seems, their stress, hidden stress. */
import type { Emotion } from '../../../core/emotions';
import { CALIBRATION_MS } from '../../../core/fusion';
import type { FusedReading } from '../../../core/fusion/types';

export { CALIBRATION_MS };

const FEELING: Record<Emotion, string> = {
  angry: 'frustrated',
  disgusted: 'put off',
  fearful: 'worried',
  happy: 'upbeat',
  neutral: 'steady',
  sad: 'low',
  surprised: 'surprised',
};

export interface StripText {
  /** How the person seems, with "Calibrating…" during the first minute (no stress figure yet). */
  feeling: string;
  /** 0-100, or null while calibrating or before the first message. */
  stress: number | null;
  /** One plain sentence about hidden stress, or null when there is none to mention. */
  hidden: string | null;
}

export function stripText(
  fused: FusedReading | null,
  sessionStartedAt: number | null,
  now: number,
): StripText {
  const calibrating =
    sessionStartedAt === null || now - sessionStartedAt < CALIBRATION_MS || fused?.calibrating;
  if (!fused) {
    return {
      feeling: calibrating ? 'Calibrating…' : 'Nothing read yet',
      stress: null,
      hidden: null,
    };
  }
  // The feeling can be named at once; stress needs the person's usual level first.
  if (calibrating) {
    return {
      feeling: `You seem ${FEELING[fused.emotion]} · Calibrating… (learning your usual stress level)`,
      stress: null,
      hidden: null,
    };
  }
  return {
    feeling: `You seem ${FEELING[fused.emotion]}`,
    stress: Math.round(fused.stress),
    hidden: fused.hiddenStress
      ? `There may be more stress here than shows: ${lowerFirst(fused.hiddenStress.reason)}`
      : null,
  };
}

/** A word for the stress figure, so the number is never alone. */
export function stressWord(stress: number): string {
  if (stress >= 70) return 'high';
  if (stress >= 40) return 'moderate';
  return 'low';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
