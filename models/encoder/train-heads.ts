/**
 * `npm run train:heads`: trains the sentence encoder's emotion and crisis heads, chooses their
 * settings, the emotion combination and the crisis cut-offs on dev data only (leave-one-author-out
 * and GoEmotions dev), and writes models/encoder/sentence-heads.json and MODEL_CARD.md.
 * Seeded: the same data gives the same file. The first run embeds GoEmotions train (about five
 * minutes on two cores); later runs read .tmp/embeddings/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentenceHeadsFile } from '../../core/text/encoder/heads';
import { writeJsonFile } from '../text/json-file';
import { chooseCrisisHead, loadCrisisData, type CrisisSettings } from './train-crisis';
import { chooseEmotionHead, type EmotionSettings } from './train-emotion';
import { HEADS_FILE } from './heads-node';
import { ENCODER_PACKAGE_DIR } from './node-encoder';
import { writeHeadsCard } from './model-card';

const SOFTMAX = { epochs: 8, batchSize: 128, learningRate: 0.01, seed: 20261203 };

export const EMOTION_GRID: EmotionSettings[] = [
  { softmax: { ...SOFTMAX, l2: 1e-5 }, conversationWeight: 10 },
  { softmax: { ...SOFTMAX, l2: 1e-5 }, conversationWeight: 20 },
  { softmax: { ...SOFTMAX, l2: 1e-5 }, conversationWeight: 40 },
];

/**
 * One setting: of linear heads with everyday weight 3 and 10 (l2 1e-5), 3 won; a hidden layer of
 * 64 units then doubled what the encoder finds on its own within the dev budget (out-of-fold severe
 * recall 0.20 → 0.41 at the same precision), so the head has one. A grid of hidden sizes takes
 * about 12 minutes per setting on two cores.
 */
export const CRISIS_GRID: CrisisSettings[] = [
  {
    softmax: { ...SOFTMAX, epochs: 20, l2: 1e-5, hidden: 64, learningRate: 0.003 },
    ordinaryWeight: 3,
  },
];

async function main() {
  const pkg = JSON.parse(readFileSync(join(ENCODER_PACKAGE_DIR, '..', 'package.json'), 'utf8'));
  console.info('emotion head');
  const emotion = await chooseEmotionHead(EMOTION_GRID);
  console.info('crisis head');
  const crisis = await chooseCrisisHead(await loadCrisisData(), CRISIS_GRID);
  const file: SentenceHeadsFile = {
    version: 1,
    encoder: `${pkg.name}@${pkg.version}`,
    emotion: emotion.head,
    crisis: { ...crisis.head, thresholds: crisis.best.thresholds },
    combination: emotion.report.combination,
  };
  const bytes = await writeJsonFile(HEADS_FILE, file);
  console.info(`-> ${HEADS_FILE}: ${bytes} bytes`);
  await writeHeadsCard({ emotion: emotion.report, crisis, bytes });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
