/**
 * A message as fusion takes it: the text worker's reading, or the rules alone when the worker failed.
 * Its emotion counts even under the 0.6 at which an estimate is called uncertain: fusion already
 * weighs a message by its strongest non-neutral class (core/fusion/weights.ts), and the fusion
 * eval scores it that way. Dropped, "I'm so stressed about the deadline" (fearful 0.56) left the
 * feeling to a smiling face alone: "You seem upbeat", "Words: stress only". A face streams frames
 * and can skip an unsure one; a message comes once.
 */
import type { ModalityReading } from '../../../core/fusion/types';
import { analyzeText } from '../../../core/text/analyze';
import type { TextReading } from '../../../workers/text/reading';
import { textModalityReading } from './parts';

export function messageModalityReading(
  text: string,
  reading: TextReading | undefined,
  at: number,
): ModalityReading {
  return textModalityReading({
    text,
    analysis: reading ?? analyzeText(text),
    probabilities: reading?.emotion?.probabilities ?? null,
    at,
  });
}
