/**
 * Per-sample outputs of the real face, voice and text models for `eval fusion`, cached in
 * .tmp/fusion-cache/ so a rerun of the fusion scoring does not rerun Chromium and the voice fit.
 * Each cache file is keyed by what produced it (the sample list and the model files' sizes and
 * times); delete the folder to recompute. The code paths are those of eval/face.ts, eval/voice.ts
 * and eval/text.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMOTIONS, type Emotion } from '../core/emotions';
import type { EmotionProbabilities } from '../core/fusion/types';
import { evalPages, startEvalBrowser } from './face-browser';
import { loadCorpus, normaliseBySpeaker } from '../models/voice/dataset';
import { fitVoiceModel } from '../models/voice/fit';
import { predictProbabilities } from '../models/voice/softmax-regression';
import { combineWithSentiment } from '../workers/text/combine';
import { COMBINATION_FILE } from '../workers/text/model-config';
import { TEXT_MODEL_DIR } from '../models/text/export';
import { loadTextClassifier } from '../models/text/pipeline';
import { combinationRows } from '../models/text/fit-combination';
import { seedFor } from './face-page/perturb';

const CACHE_DIR = fileURLToPath(new URL('../.tmp/fusion-cache/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const IMAGES_PER_CALL = 25;

const toProbabilities = (values: ArrayLike<number>) =>
  Object.fromEntries(EMOTIONS.map((e, i) => [e, values[i]!])) as EmotionProbabilities;

/** What the model files look like now: a change invalidates the cache. */
function modelStamp(paths: string[]): string {
  return paths
    .map((p) => join(REPO_ROOT, p))
    .filter(existsSync)
    .map((p) => `${p}:${statSync(p).size}:${statSync(p).mtimeMs}`)
    .join('|');
}

async function cached<T>(name: string, key: unknown, compute: () => Promise<T>): Promise<T> {
  const hash = createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 16);
  const file = join(CACHE_DIR, `${name}-${hash}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  process.stderr.write(`eval fusion: computing ${name} (cached in ${file})\n`);
  const value = await compute();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  return value;
}

export interface FaceOutput {
  file: string;
  truth: Emotion;
  probabilities: EmotionProbabilities;
  /** 0..1 (the worker's -1..1 mapped), null when MediaPipe found no face in the crop. */
  arousal: number | null;
  valence: number | null;
  faceFound: boolean;
}

/** The face worker in Chromium over labelled crops; as eval/face.ts, whole-crop fallback when no face is found. */
export function faceOutputs(
  dataDir: string,
  samples: { file: string; truth: Emotion }[],
): Promise<FaceOutput[]> {
  const key = { dataDir, samples, model: modelStamp(['public/models/face-expression.onnx']) };
  return cached('face', key, async () => {
    const browser = await startEvalBrowser();
    const pages = evalPages(browser);
    const out: FaceOutput[] = [];
    try {
      for (let i = 0; i < samples.length; i += IMAGES_PER_CALL) {
        const batch = samples.slice(i, i + IMAGES_PER_CALL);
        const images = batch.map((s) => ({
          png: readFileSync(join(dataDir, s.file)).toString('base64'),
          seed: seedFor(s.file),
        }));
        const outcomes = await pages.analyse(images, 'none');
        outcomes.forEach(({ result, fallback }, j) => {
          const sample = batch[j]!;
          if (result.type === 'face') {
            out.push({
              ...sample,
              probabilities: result.probabilities,
              arousal: (result.arousal + 1) / 2,
              valence: result.valence,
              faceFound: true,
            });
          } else if (fallback && 'probabilities' in fallback) {
            out.push({
              ...sample,
              probabilities: fallback.probabilities,
              arousal: null,
              valence: null,
              faceFound: false,
            });
          } else {
            throw new Error(`${sample.file}: ${JSON.stringify(fallback ?? result)}`);
          }
        });
      }
    } finally {
      await pages.close();
      await browser.close();
    }
    return out;
  });
}

export interface VoiceOutput {
  file: string;
  speaker: string;
  truth: Emotion;
  probabilities: EmotionProbabilities;
}

/** RAVDESS through the model fitted on all of EmoDB, exactly as eval/voice.ts's cross-corpus protocol. */
export function ravdessVoiceOutputs(dataDir: string): Promise<VoiceOutput[]> {
  const key = {
    dataDir,
    labels: statSync(join(dataDir, 'labels.csv')).mtimeMs,
    code: modelStamp(['models/voice/fit.ts', 'models/voice/dataset.ts']),
  };
  return cached('voice-ravdess', key, async () => {
    const full = fitVoiceModel(loadCorpus(dataDir, 'emodb'));
    const ravdess = loadCorpus(dataDir, 'ravdess');
    const normalised = normaliseBySpeaker(ravdess, full.scale);
    return ravdess.map((u, i) => ({
      file: u.file,
      speaker: u.speaker,
      truth: u.label,
      probabilities: toProbabilities(predictProbabilities(full.model, normalised[i]!)),
    }));
  });
}

/** The text model combined with sentiment (the worker's output), per text, as eval/text.ts scores it. */
export function textOutputs(texts: string[]): Promise<EmotionProbabilities[]> {
  const key = {
    texts,
    model: modelStamp([
      'models/text/rivion-text-emotion/onnx/model.onnx',
      `models/text/rivion-text-emotion/${COMBINATION_FILE}`,
    ]),
  };
  return cached('text', key, async () => {
    const classifier = await loadTextClassifier();
    const weights = JSON.parse(readFileSync(join(TEXT_MODEL_DIR, COMBINATION_FILE), 'utf8'));
    const rows = await combinationRows(
      classifier,
      texts.map((text) => ({ text, labels: ['neutral'] })),
    );
    return rows.map((r) =>
      toProbabilities(combineWithSentiment(r.probabilities, r.evidence, weights)),
    );
  });
}
