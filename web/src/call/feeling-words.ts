/** Calm words for the live panel: a feeling for each emotion, and a word beside the stress figure. */
import type { Emotion } from '../../../core/emotions';

const FEELING: Record<Emotion, string> = {
  angry: 'frustrated',
  disgusted: 'put off',
  fearful: 'worried',
  happy: 'upbeat',
  neutral: 'steady',
  sad: 'low',
  surprised: 'surprised',
};

/** 'low' for sad, 'steady' for neutral: how the person seems, never a diagnosis. */
export const feelingWord = (emotion: Emotion): string => FEELING[emotion];

/** A word for the stress figure, so the number is never alone. */
export function stressWord(stress: number): string {
  if (stress >= 70) return 'high';
  if (stress >= 40) return 'moderate';
  return 'low';
}
