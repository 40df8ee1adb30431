/**
 * The text worker: one message in, emotion, sentiment, sarcasm, risk, stressors and crisis level out.
 * The rules run first and never wait for the models, so a crisis is reported even while they load
 * or after they failed; then the classifier, then the sentence encoder, which may raise the crisis
 * level (never lower it) and joins the emotion. The models report loading → progress → ready after
 * a warm-up run; an encoder that cannot load leaves the text model on, without it, saying why.
 */
import { expose } from 'comlink';
import { analyzeText } from '../../core/text/analyze';
import { warmUpCrisisDetection } from '../../core/text/crisis/index';
import { combineEmotion } from '../../core/text/encoder/heads';
import { estimateFrom } from '../shared/estimate';
import { ModelLoader, toWorkerError } from '../shared/status';
import * as classifier from './classifier';
import * as sentenceEncoder from './encoder';
import { raiseCrisis, type EncoderPart } from './encoder-reading';
import { textModelConfig } from './model-config';
import type { EncoderState, TextReading, TextStatus } from './reading';

export interface TextWorkerOptions {
  /** A name from TEXT_MODELS (VITE_TEXT_MODEL); unknown or empty means the default model. */
  model?: string;
  /** False leaves the sentence encoder out (28 MB); on by default. */
  encoder?: boolean;
}

const loader = new ModelLoader<{ encoder: EncoderState }>();
let encoderState: EncoderState = { state: 'off', reason: 'it has not loaded yet' };
// One message at a time, in order: later messages wait (they are never dropped, unlike frames).
let queue: Promise<unknown> = Promise.resolve();

async function analyseMessage(text: string): Promise<TextReading> {
  const start = performance.now();
  const rules = analyzeText(text);
  const rulesDone = performance.now();
  let probabilities: number[] | null = null;
  if (loader.ready) {
    try {
      probabilities = await classifier.predict(text, rules.sentiment);
    } catch (error) {
      console.error('text worker: the model failed on a message', toWorkerError(error).message);
    }
  }
  const modelDone = performance.now();
  let encoder: EncoderPart | null = null;
  if (loader.ready && encoderState.state === 'on') {
    try {
      encoder = await sentenceEncoder.predict(text);
    } catch (error) {
      console.error('text worker: the sentence encoder failed', toWorkerError(error).message);
    }
  }
  const heads = encoder && (await sentenceEncoder.load()).heads;
  if (encoder && heads && probabilities) {
    probabilities = combineEmotion(probabilities, encoder.emotion, heads.combination);
  }
  const crisis =
    encoder && heads ? raiseCrisis(rules.crisis, encoder, heads.crisis.thresholds) : rules.crisis;
  const end = performance.now();
  return {
    type: 'text',
    ...rules,
    crisis,
    emotion: probabilities && estimateFrom(probabilities),
    encoder,
    ms: {
      rules: rulesDone - start,
      model: modelDone - rulesDone,
      encoder: end - modelDone,
      total: end - start,
    },
  };
}

const api = {
  /** Loads the models; resolves with `ready` (encoder on or off), or `off` and the reason. */
  load(options: TextWorkerOptions = {}, onStatus?: (status: TextStatus) => void) {
    // The encoder downloads while the classifier loads; only its wait is a step of its own.
    let encoderLoad: Promise<unknown> | undefined;
    // Its download (28 MB) reports progress once its own step is showing.
    let encoderProgress: ((fraction: number) => void) | undefined;
    const ready = { encoder: encoderState };
    return loader.load(
      [
        {
          step: 'text emotion model',
          from: 0.05,
          run: (progress) => {
            if (options.encoder !== false) {
              encoderLoad = sentenceEncoder.load((fraction) => encoderProgress?.(fraction));
              encoderLoad.catch(() => undefined);
            }
            return classifier.load(textModelConfig(options.model), progress);
          },
        },
        {
          step: 'sentence encoder',
          from: 0.4,
          run: async (progress) => {
            encoderProgress = progress;
            encoderState = { state: 'off', reason: 'it was left out' };
            if (encoderLoad) {
              encoderState = await encoderLoad.then(
                () => ({ state: 'on' }) as const,
                (error: unknown) =>
                  ({ state: 'off', reason: toWorkerError(error).message }) as const,
              );
            }
            if (encoderState.state === 'off')
              console.error(`Sentence encoder off: ${encoderState.reason}`);
            ready.encoder = encoderState;
          },
        },
        {
          step: 'warm-up',
          from: 0.95,
          run: async () => {
            warmUpCrisisDetection();
            await classifier.predict('Warming up the text model.', 0);
            if (encoderState.state === 'on')
              await sentenceEncoder.predict('Warming up the encoder.');
          },
        },
      ],
      onStatus,
      ready,
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
