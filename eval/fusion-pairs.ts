/**
 * The paired data `eval fusion` scores (eval/data/FUSION-PAIRS.md says why each pairing is fair).
 * Pairing is deterministic: a seeded shuffle per label, cycled when a label has fewer texts than
 * faces, so a rerun builds the same pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS, type Emotion } from '../core/emotions';
import { seededRandom, shuffledIndices } from '../models/tools/random';

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

/** Items in a seeded shuffled order (Fisher-Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  return shuffledIndices(items.length, random).map((i) => items[i]!);
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
