/** The emotion estimate every modality reports, and the one threshold below which it does not count. */
import { EMOTIONS, type Emotion } from '../../core/emotions';

export type EmotionProbabilities = Record<Emotion, number>;

/** One modality's emotion: the top class, every class's probability, and whether it counts. */
export interface EmotionEstimate {
  emotion: Emotion;
  probabilities: EmotionProbabilities;
  confidence: number;
  /**
   * Confidence below 0.6: shown, but not counted by fusion or history. A message's emotion is the
   * exception: fusion weighs it by its evidence (web/src/chat/message-reading.ts says why).
   */
  uncertain: boolean;
}

export const UNCERTAIN_BELOW = 0.6;

/** Probabilities in EMOTIONS order -> the estimate a reading carries. */
export function estimateFrom(probabilities: ArrayLike<number>): EmotionEstimate {
  let best = 0;
  for (let c = 1; c < EMOTIONS.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  const confidence = probabilities[best]!;
  return {
    emotion: EMOTIONS[best]!,
    probabilities: Object.fromEntries(
      EMOTIONS.map((emotion, c) => [emotion, probabilities[c]!]),
    ) as EmotionProbabilities,
    confidence,
    uncertain: confidence < UNCERTAIN_BELOW,
  };
}

/** The same, from probabilities keyed by emotion. */
export function toEstimate(probabilities: EmotionProbabilities): EmotionEstimate {
  return estimateFrom(EMOTIONS.map((emotion) => probabilities[emotion]));
}
