/**
 * Trains the shipped voice-emotion model on all of EmoDB (CC0) and writes voice-emotion.onnx plus
 * voice-emotion.json (feature order, classes, the input scale and a population prior for the runtime baseline).
 * Usage: npm run train:voice [-- <speech data dir>]
 * Deterministic: zero-initialised full-batch Adam and a fixed L2 grid, so the same data gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { EMOTIONS } from '../../core/emotions';
import { VOICE_FEATURE_NAMES } from '../../workers/voice/features/layout';
import { DEFAULT_SPEECH_DIR, featureStats, loadCorpus } from './dataset';
import { exportVoiceModel } from './export';
import { fitVoiceModel } from './fit';

const here = (file: string) => new URL(file, import.meta.url).pathname;
const round = (values: ArrayLike<number>) => Array.from(values, (v) => Math.round(v * 1e5) / 1e5);

const dataDir = process.argv[2] ?? DEFAULT_SPEECH_DIR;
const emodb = loadCorpus(dataDir, 'emodb');
const { model, l2, featureSet, scale, innerAccuracy } = fitVoiceModel(emodb);
const bytes = exportVoiceModel(here('./voice-emotion.onnx'), model);
const prior = featureStats(emodb.map((u) => u.features));
writeFileSync(
  here('./voice-emotion.json'),
  `${JSON.stringify({
    input: 'features',
    output: 'probabilities',
    classes: EMOTIONS,
    features: VOICE_FEATURE_NAMES,
    normalisation:
      '(x - speaker mean) / scale; scale = within-speaker std of the training speakers',
    scale: round(scale),
    prior: { mean: round(prior.mean), std: round(prior.std) },
    training: { corpus: 'EmoDB (CC0-1.0)', utterances: emodb.length, featureSet, l2 },
  })}\n`,
);
console.info(
  JSON.stringify({
    utterances: emodb.length,
    features: model.features,
    featureSet,
    l2,
    innerAccuracy,
    onnxBytes: bytes,
  }),
);
