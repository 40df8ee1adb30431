import { readFileSync } from 'node:fs';
import { readCrisis } from '../../core/text/crisis/index';
import { seededRandom, shuffledIndices } from '../tools/random';
import { goEmotionsPath } from '../text/datasets';

/**
 * Ordinary text: everyday Reddit comments from GoEmotions (Apache-2.0). Its train split may train a
 * shipped model (../shared/README.md) and teaches the classifier what everyday talk looks like:
 * every author file is about crisis, so before these negatives "You can do it!" and "Thanks I hate
 * it." read as severe. Its dev split measures the flag rate the thresholds are held to. The test
 * split, and MELD, are only ever measured (`npm run eval -- safety --ordinary`).
 */

/** How many train comments are sampled as negatives: enough to cover everyday words, and CV stays minutes. */
export const ORDINARY_SAMPLE = 12000;

function readComments(split: 'train' | 'dev'): string[] {
  return readFileSync(goEmotionsPath(split), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t')[0]!);
}

/**
 * A seeded sample of GoEmotions train comments the rules leave at none, as negatives. A comment the
 * rules flag may be a real disclosure ("I wanna die") and is never taught as none.
 */
export function loadOrdinaryNegatives(seed: number, sample = ORDINARY_SAMPLE): string[] {
  const comments = readComments('train');
  const order = shuffledIndices(comments.length, seededRandom(seed));
  const picked: string[] = [];
  for (const i of order) {
    if (picked.length >= sample) break;
    const text = comments[i]!;
    if (readCrisis(text).rules.level === 'none') picked.push(text);
  }
  return picked;
}

/** GoEmotions dev comments as detectCrisis reads them: the rules' level and the classifier's text. */
export function loadOrdinaryDev(): { rules: 'none' | 'elevated' | 'severe'; read: string }[] {
  return readComments('dev').map((text) => {
    const { rules, classifierText } = readCrisis(text);
    return { rules: rules.level, read: classifierText };
  });
}
