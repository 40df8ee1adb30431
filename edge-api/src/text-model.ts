/**
 * The text emotion model on the server, when the host can run it. The Node host may hand one to
 * createApp; a host without it (Cloudflare Workers, tests) answers POST /api/emotion/analyze-text
 * with the rules alone and says so (`analysed_by: "rules"`).
 */
import type { EmotionProbabilities } from '../../core/fusion/types';

export interface TextEmotionModel {
  /** Shown in responses, e.g. the model folder's name. */
  name: string;
  /** Probabilities over the seven classes, combined with the rules' sentiment as the worker does. */
  predict(text: string, sentiment: number): Promise<EmotionProbabilities>;
}
