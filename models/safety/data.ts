import { existsSync } from 'node:fs';
import type { CrisisLevel } from '../../core/text/crisis/index';
import { readSafetyCsv } from '../../eval/safety';

/** One writer's file: the unit of cross-validation, since what must generalise is the author. */
export interface AuthorGroup {
  name: string;
  path: string;
  rows: { text: string; level: CrisisLevel }[];
}

/**
 * Every file we may train on, one author each. eval/data/safety-holdout-5.csv is deliberately
 * absent: it was written by an independent author to measure this model once, and must never be
 * read here (holdout-2 to -4 were such sets too, and train once they have been measured).
 */
export const TRAINING_FILES = [
  'eval/data/safety.csv',
  'eval/data/safety-dev.csv',
  'eval/data/safety-holdout-2.csv',
  'eval/data/safety-holdout-3.csv',
  'eval/data/safety-holdout-4.csv',
  'models/safety/data/train-a.csv',
  'models/safety/data/train-b.csv',
  'models/safety/data/train-c.csv',
  'models/safety/data/train-d.csv',
  'models/safety/data/train-e.csv',
];

/** Reads the training files; a missing file or one that does not parse stops training. */
export async function loadAuthorGroups(files = TRAINING_FILES): Promise<AuthorGroup[]> {
  const groups: AuthorGroup[] = [];
  for (const path of files) {
    if (!existsSync(path)) throw new Error(`training file ${path} is missing`);
    const name = path.replace(/^.*\//, '').replace(/\.csv$/, '');
    groups.push({ name, path, rows: await readSafetyCsv(path) });
  }
  return groups;
}
