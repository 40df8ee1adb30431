import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS, type Emotion } from '../../core/emotions.ts';
import { extractVoiceFeatures } from '../../workers/voice/features/extract.ts';
import { readWavMono } from './wav.ts';

/** Where ../shared sits beside every checkout. */
export const DEFAULT_SPEECH_DIR = new URL('../../../shared/data/speech', import.meta.url).pathname;

// labels.csv's app_label spelling -> our class names.
const APP_LABELS: Record<string, Emotion> = {
  angry: 'angry',
  disgust: 'disgusted',
  fear: 'fearful',
  happy: 'happy',
  neutral: 'neutral',
  sad: 'sad',
  surprise: 'surprised',
};

export interface Utterance {
  file: string;
  corpus: 'emodb' | 'ravdess';
  speaker: string;
  label: Emotion;
  features: Float32Array;
}

/** Reads labels.csv and extracts features for every file of one corpus (the real runtime extractor). */
export function loadCorpus(dataDir: string, corpus: Utterance['corpus']): Utterance[] {
  const [header, ...rows] = readFileSync(join(dataDir, 'labels.csv'), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  const column = (name: string) => columns.indexOf(name);
  return rows
    .map((row) => row.split(','))
    .filter((cells) => cells[column('file')]!.startsWith(`${corpus}/`))
    .map((cells) => {
      const file = cells[column('file')]!;
      const label = APP_LABELS[cells[column('app_label')]!];
      if (!label) throw new Error(`${file}: unknown label ${cells[column('app_label')]}`);
      const { samples, sampleRate } = readWavMono(join(dataDir, file));
      const { vector } = extractVoiceFeatures(samples, sampleRate);
      return { file, corpus, speaker: cells[column('speaker')]!, label, features: vector };
    });
}

export const classIndex = (label: Emotion) => EMOTIONS.indexOf(label);

export interface FeatureStats {
  mean: Float64Array;
  std: Float64Array;
}

/** Mean and (floored) standard deviation per feature. */
export function featureStats(vectors: Float32Array[]): FeatureStats {
  const width = vectors[0]!.length;
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  for (const v of vectors) for (let i = 0; i < width; i++) mean[i]! += v[i]! / vectors.length;
  for (const v of vectors)
    for (let i = 0; i < width; i++) std[i]! += (v[i]! - mean[i]!) ** 2 / vectors.length;
  for (let i = 0; i < width; i++) std[i] = Math.max(Math.sqrt(std[i]!), 1e-3);
  return { mean, std };
}

export function zScore(vector: Float32Array, stats: FeatureStats): Float32Array {
  return vector.map((value, i) => (value - stats.mean[i]!) / stats.std[i]!);
}

/**
 * z-scores each utterance with its own speaker's statistics — what the runtime baseline does for a
 * user — so the model learns deviations from a person's norm rather than who is speaking.
 */
export function normaliseBySpeaker(utterances: Utterance[]): Float32Array[] {
  const bySpeaker = new Map<string, Float32Array[]>();
  for (const u of utterances)
    bySpeaker.set(u.speaker, [...(bySpeaker.get(u.speaker) ?? []), u.features]);
  const stats = new Map(
    [...bySpeaker].map(([speaker, vectors]) => [speaker, featureStats(vectors)]),
  );
  return utterances.map((u) => zScore(u.features, stats.get(u.speaker)!));
}
