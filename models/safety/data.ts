import { existsSync } from 'node:fs';
import type { CrisisLevel } from '../../core/text/crisis.ts';
import { readSafetyCsv } from '../../eval/safety.ts';

/** One writer's file: the unit of cross-validation, since what must generalise is the author. */
export interface AuthorGroup {
  name: string;
  path: string;
  rows: { text: string; level: CrisisLevel }[];
}

/**
 * Every file we may train on. eval/data/safety-holdout-4.csv is deliberately absent: it is
 * written by an independent author to measure this model once, and must never be read here.
 */
export const TRAINING_FILES = [
  'eval/data/safety.csv',
  'eval/data/safety-dev.csv',
  'eval/data/safety-holdout-2.csv',
  'eval/data/safety-holdout-3.csv',
  'models/safety/data/train-a.csv',
  'models/safety/data/train-b.csv',
];

/** Reads the training files that exist; a file that does not parse stops training. */
export async function loadAuthorGroups(files = TRAINING_FILES): Promise<AuthorGroup[]> {
  const groups: AuthorGroup[] = [];
  for (const path of files) {
    if (!existsSync(path)) continue;
    const name = path.replace(/^.*\//, '').replace(/\.csv$/, '');
    groups.push({ name, path, rows: await readSafetyCsv(path) });
  }
  return groups;
}
