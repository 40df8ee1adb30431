import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS, type Emotion } from '../../core/emotions';
import { sharedData } from '../shared-data';
import { extractVoiceFeatures } from '../../workers/voice/features/extract';
import { readWavMono } from './wav';

export const DEFAULT_SPEECH_DIR = sharedData('speech');

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

function groupBySpeaker(utterances: Utterance[]): Map<string, Float32Array[]> {
  const bySpeaker = new Map<string, Float32Array[]>();
  for (const u of utterances)
    bySpeaker.set(u.speaker, [...(bySpeaker.get(u.speaker) ?? []), u.features]);
  return bySpeaker;
}

/**
 * Pooled within-speaker standard deviation per feature: how far one person's utterances spread around
 * their own mean. The model's fixed scale (shipped in voice-emotion.json), so only the mean comes from
 * the speaker.
 */
export function withinSpeakerStd(utterances: Utterance[]): Float64Array {
  const width = utterances[0]!.features.length;
  const variance = new Float64Array(width);
  for (const vectors of groupBySpeaker(utterances).values()) {
    const { mean } = featureStats(vectors);
    for (const v of vectors)
      for (let i = 0; i < width; i++) variance[i]! += (v[i]! - mean[i]!) ** 2 / utterances.length;
  }
  return variance.map((value) => Math.max(Math.sqrt(value), 1e-3));
}

/**
 * Centres each utterance on its own speaker's mean and divides by the shared within-speaker `scale` —
 * what the runtime baseline does for a user (VoiceBaseline.centred) — so the model learns deviations
 * from a person's norm rather than who is speaking. The spread is not taken per speaker: a user's
 * baseline is mostly calm speech and a test speaker has few files. On EmoDB (13-MFCC set, L2 0.1,
 * leave-one-speaker-out) the speaker's own spread lost to this shared scale by 1.2 points when a test
 * speaker's statistics came from 6 random files of theirs and by 3.4 points from 4 calm + 2 others.
 */
export function normaliseBySpeaker(
  utterances: Utterance[],
  scale: ArrayLike<number>,
): Float32Array[] {
  const means = new Map(
    [...groupBySpeaker(utterances)].map(([speaker, vectors]) => [
      speaker,
      featureStats(vectors).mean,
    ]),
  );
  return utterances.map((u) => {
    const mean = means.get(u.speaker)!;
    return u.features.map((value, i) => (value - mean[i]!) / scale[i]!);
  });
}
