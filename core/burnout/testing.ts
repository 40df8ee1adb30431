/** Sessions for tests: one a day ending at NOW unless told otherwise. */
import type { Emotion } from '../emotions';
import type { SessionFigures } from './types';

export const NOW = Date.parse('2026-03-01T12:00:00Z');
export const DAY_MS = 86_400_000;

/** `stresses[i]` is the mean stress of the session `stresses.length - i` days before NOW. */
export function sessionsWith(
  stresses: readonly number[],
  emotion: Emotion | null = 'neutral',
  spacingMs = DAY_MS,
): SessionFigures[] {
  return stresses.map((stress, i) => {
    const startedAt = NOW - (stresses.length - i) * spacingMs;
    return {
      id: `s${i}`,
      startedAt,
      endedAt: startedAt + 20 * 60_000,
      meanStress: stress,
      peakStress: Math.min(100, stress + 10),
      dominantEmotion: emotion,
    };
  });
}
