/**
 * `npm run bench:text`: ms per message through the transformers.js pipeline in Node, one message at
 * a time as the worker runs them, plus the valence rules and the combination. An indication only:
 * the worker runs onnxruntime-web WASM in Chromium; bench:perception measures that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreSentiment } from '../../core/text/sentiment';
import { combineWithSentiment } from '../../workers/text/combine';
import { messageEvidence } from '../../workers/text/evidence';
import { goEmotionsPath, readGoEmotions } from './datasets';
import { TEXT_MODEL_DIR } from './export';
import { COMBINATION_FILE } from '../../workers/text/model-config';
import { classifyTexts, loadTextClassifier } from './pipeline';

const MESSAGES = 500;
const WARM_UP = 20;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round = (ms: number) => Math.round(ms * 1000) / 1000;

const loadStart = performance.now();
const classifier = await loadTextClassifier();
const loadMs = performance.now() - loadStart;
const weights = JSON.parse(readFileSync(join(TEXT_MODEL_DIR, COMBINATION_FILE), 'utf8'));
const texts = readGoEmotions(goEmotionsPath('dev'))
  .slice(0, MESSAGES + WARM_UP)
  .map((row) => row.text);

async function analyse(text: string) {
  const [probabilities] = await classifyTexts(classifier, [text]);
  const evidence = messageEvidence(text, scoreSentiment(text).valence);
  return combineWithSentiment(probabilities!, evidence, weights);
}

for (const text of texts.slice(0, WARM_UP)) await analyse(text);
const times: number[] = [];
for (const text of texts.slice(WARM_UP)) {
  const start = performance.now();
  await analyse(text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.info(
  JSON.stringify({
    messages: times.length,
    backend: 'transformers.js pipeline, onnxruntime-node CPU (Node), batch 1',
    load_ms: round(loadMs),
    ms_per_message: {
      median: round(quantile(times, 0.5)),
      p95: round(quantile(times, 0.95)),
      mean: round(times.reduce((sum, t) => sum + t, 0) / times.length),
    },
  }),
);
