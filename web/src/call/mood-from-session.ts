/** The journal note's mood (1-10), prefilled from how the call went; the person can change it. */
import type { Emotion } from '../../../core/emotions';
import { MOOD_MAX, MOOD_MIN } from '../../../core/journal/mood';

const BY_EMOTION: Record<Emotion, number> = {
  happy: 8,
  surprised: 6,
  neutral: 6,
  sad: 3,
  fearful: 4,
  angry: 4,
  disgusted: 4,
};

/**
 * Starts from the main feeling; each 25 points of mean stress away from 50 moves it a step. A call
 * whose stress peaked high (a crisis message lifts it to 90) is never prefilled as a good day:
 * the mean of a long calm call would hide that moment.
 */
export function moodFromSession(summary: {
  dominant_emotion: Emotion | null;
  mean_stress: number | null;
  peak_stress: number | null;
}): number {
  const base = summary.dominant_emotion ? BY_EMOTION[summary.dominant_emotion] : 5;
  const shift = summary.mean_stress === null ? 0 : Math.round((50 - summary.mean_stress) / 25);
  const peak = summary.peak_stress ?? 0;
  const cap = peak >= 90 ? 3 : peak >= 70 ? 5 : MOOD_MAX;
  return Math.min(cap, MOOD_MAX, Math.max(MOOD_MIN, base + shift));
}
