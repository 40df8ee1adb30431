/**
 * The text worker: one message in, emotion, sentiment, sarcasm, risk, stressors and crisis level out.
 * The rules run first and never wait for the model, so a crisis is reported even while the model
 * loads or after it failed; the model reports loading → progress → ready after a warm-up run.
 */
import { expose } from 'comlink';
import { analyzeText } from '../../core/text/analyze';
import { warmUpCrisisDetection } from '../../core/text/crisis/index';
import { estimateFrom } from '../shared/estimate';
import { ModelLoader, toWorkerError } from '../shared/status';
import * as classifier from './classifier';
import { textModelConfig } from './model-config';
import type { TextReading, TextStatus } from './reading';

export interface TextWorkerOptions {
  /** A name from TEXT_MODELS (VITE_TEXT_MODEL); unknown or empty means the default model. */
  model?: string;
}

const loader = new ModelLoader();
// One message at a time, in order: later messages wait (they are never dropped, unlike frames).
let queue: Promise<unknown> = Promise.resolve();

async function analyseMessage(text: string): Promise<TextReading> {
  const start = performance.now();
  const rules = analyzeText(text);
  const rulesDone = performance.now();
  let emotion: TextReading['emotion'] = null;
  if (loader.ready) {
    try {
      emotion = estimateFrom(await classifier.predict(text, rules.sentiment));
    } catch (error) {
      console.error('text worker: the model failed on a message', toWorkerError(error).message);
    }
  }
  const end = performance.now();
  return {
    type: 'text',
    ...rules,
    emotion,
    ms: { rules: rulesDone - start, model: end - rulesDone, total: end - start },
  };
}

const api = {
  /** Loads the model; resolves with `ready`, or `off` and the reason. Safe to call again. */
  load(options: TextWorkerOptions = {}, onStatus?: (status: TextStatus) => void) {
    return loader.load(
      [
        {
          step: 'text emotion model',
          from: 0.05,
          run: (progress) => classifier.load(textModelConfig(options.model), progress),
        },
        {
          step: 'warm-up',
          from: 0.95,
          run: async () => {
            warmUpCrisisDetection();
            await classifier.predict('Warming up the text model.', 0);
          },
        },
      ],
      onStatus,
    );
  },

  /** Analyses one message; never throws, and always carries the crisis level. */
  analyse(text: string): Promise<TextReading> {
    const next = queue.then(() => analyseMessage(text));
    queue = next.catch(() => undefined);
    return next;
  },
};

export type TextWorkerApi = typeof api;
expose(api);
