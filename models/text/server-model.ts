/**
 * The text emotion model for the Node server (POST /api/emotion/analyze-text): the same folder and
 * transformers.js pipeline as eval/text.ts (onnxruntime-node), combined with the rules' sentiment
 * as the worker does. Cloudflare Workers cannot run it; there the route answers with the rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS } from '../../core/emotions';
import type { EmotionProbabilities } from '../../core/fusion/types';
import { combineWithSentiment, type CombinationWeights } from '../../workers/text/combine';
import { messageEvidence } from '../../workers/text/evidence';
import { COMBINATION_FILE } from '../../workers/text/model-config';
import { TEXT_MODEL_DIR } from './export';
import { classifyTexts, loadTextClassifier } from './pipeline';

export interface ServerTextModel {
  name: string;
  predict(text: string, sentiment: number): Promise<EmotionProbabilities>;
}

/** Loads the committed model once; throws a sentence when it cannot. */
export async function loadServerTextModel(): Promise<ServerTextModel> {
  const classifier = await loadTextClassifier();
  const weights = JSON.parse(
    readFileSync(join(TEXT_MODEL_DIR, COMBINATION_FILE), 'utf8'),
  ) as CombinationWeights;
  return {
    name: classifier.config.model,
    async predict(text, sentiment) {
      const [probabilities] = await classifyTexts(classifier, [text]);
      const combined = combineWithSentiment(
        probabilities!,
        messageEvidence(text, sentiment),
        weights,
      );
      return Object.fromEntries(EMOTIONS.map((e, i) => [e, combined[i]!])) as EmotionProbabilities;
    },
  };
}
