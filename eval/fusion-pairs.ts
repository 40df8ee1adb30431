/**
 * The paired data `eval fusion` scores (eval/data/FUSION-PAIRS.md says why each pairing is fair).
 * Pairing is deterministic: a seeded shuffle per label, cycled when a label has fewer texts than
 * faces, so a rerun builds the same pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS, type Emotion } from '../core/emotions';

/** Emotionally neutral sentences written for this eval (a second text for every RAVDESS file). */
export const NEUTRAL_SENTENCES: readonly string[] = [
  'The train leaves at ten past eight.',
  'I moved the boxes to the second shelf.',
  'The meeting is on Thursday in room four.',
  'We need two more chairs for the table.',
  'The report has twelve pages and a cover.',
  'I bought bread and milk on the way home.',
  'The window in the kitchen faces the street.',
  'My phone is charging on the desk.',
];

/** Labels as the face folders name them. */
const FACE_LABELS: Record<string, Emotion> = {
  anger: 'angry',
  angry: 'angry',
  disgust: 'disgusted',
  fear: 'fearful',
  happy: 'happy',
  happiness: 'happy',
  neutral: 'neutral',
  sad: 'sad',
  sadness: 'sad',
  surprise: 'surprised',
};

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Hands out texts of one label in a fixed shuffled order, starting over when they run out. */
export function textDealer(
  pools: Partial<Record<Emotion, string[]>>,
  seed: number,
): (label: Emotion) => string {
  const random = seededRandom(seed);
  const order = Object.fromEntries(
    EMOTIONS.map((e) => [e, shuffled(pools[e] ?? [], random)]),
  ) as Record<Emotion, string[]>;
  const next = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Record<Emotion, number>;
  return (label) => {
    const pool = order[label];
    if (!pool.length) throw new Error(`no text labelled ${label} to pair with`);
    return pool[next[label]++ % pool.length]!;
  };
}

/** A face crop folder's labels.csv (file,label,...). */
export function readFaceSamples(dataDir: string): { file: string; truth: Emotion }[] {
  const [header, ...rows] = readFileSync(join(dataDir, 'labels.csv'), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  const [fileAt, labelAt] = [columns.indexOf('file'), columns.indexOf('label')];
  return rows
    .map((row) => row.split(','))
    .map((cells) => ({
      file: cells[fileAt]!,
      truth: FACE_LABELS[cells[labelAt]!.trim().toLowerCase()],
    }))
    .filter((s): s is { file: string; truth: Emotion } => s.truth !== undefined);
}

/** RAVDESS file → the sentence the actor spoke (labels.csv `statement`). */
export function ravdessStatements(speechDir: string): Map<string, string> {
  const [header, ...rows] = readFileSync(join(speechDir, 'labels.csv'), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  const [fileAt, statementAt] = [columns.indexOf('file'), columns.indexOf('statement')];
  return new Map(
    rows
      .map((row) => row.split(','))
      .filter((cells) => cells[fileAt]!.startsWith('ravdess/'))
      .map((cells) => [cells[fileAt]!, `${cells[statementAt]!}.`]),
  );
}
