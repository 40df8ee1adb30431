/**
 * `npm run train:safety`: chooses the crisis classifier's settings and thresholds by
 * leave-one-author-out cross-validation, trains it on every author, and writes
 * models/safety/crisis-classifier.json and MODEL_CARD.md. Seeded: the same data gives the same file.
 */
import type { CrisisClassifierFile } from '../../core/text/crisis/index';
import { writeJsonFile } from '../text/json-file';
import { CRISIS_CONCEPTS } from './concepts';
import { chooseThresholds, leaveOneGroupOut } from './cv';
import { loadAuthorGroups } from './data';
import { evaluateFolds, readGroups, selectionScore, TARGETS } from './evaluate';
import { fitGroups, type SafetyConfig } from './fit';
import { writeModelCard } from './model-card';
import { quantize } from './quantize';

const SEED = 20261126;
const OUT = 'models/safety/crisis-classifier.json';

function config(l2: number, negationScope: boolean): SafetyConfig {
  return {
    features: {
      words: 2,
      chars: [0, 0],
      negation: false,
      negationScope,
      concepts: CRISIS_CONCEPTS,
      conceptPairs: true,
    },
    vocabulary: { minDocs: 2, minGroups: 2, maxFeatures: 8000 },
    severeBoost: 1,
    logistic: { l2, epochs: 30, batchSize: 32, learningRate: 0.02, seed: SEED },
  };
}

// Character n-grams (3-5) and the 3-word negation marks lost at every l2 in the previous grid
// (MODEL_CARD history); the l2 range now reaches below 1e-5, the old grid's edge.
export const GRID: SafetyConfig[] = [1e-6, 3e-6, 1e-5, 3e-5].flatMap((l2) =>
  [false, true].map((scope) => config(l2, scope)),
);

const describe = (c: SafetyConfig) =>
  `l2 ${c.logistic.l2}, negation scope ${c.features.negationScope ?? false}`;

async function main() {
  const groups = await loadAuthorGroups();
  console.info(groups.map((g) => `${g.name}: ${g.rows.length}`).join(', '));
  const readings = readGroups(groups);
  const read = readings.map((group) => group.map((reading) => reading.classifierText));
  const grid = GRID.map((candidate) => {
    const started = performance.now();
    const oof = leaveOneGroupOut(groups, candidate, read);
    const result = evaluateFolds(groups, oof, readings);
    const score = selectionScore(result.pooled.classifier);
    console.info(
      `${describe(candidate)}: score ${score.toFixed(3)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return { config: candidate, oof, result, score };
  });
  const best = grid.reduce((a, b) => (b.score > a.score ? b : a));
  const thresholds = chooseThresholds(
    groups.flatMap((g, k) =>
      g.rows.map((row, i) => ({ truth: row.level, p: best.oof.raw[k]![i]! })),
    ),
    TARGETS,
  );
  const fitted = fitGroups(groups, best.config);
  const file: CrisisClassifierFile = {
    version: 1,
    features: best.config.features,
    thresholds,
    ...quantize(fitted),
  };
  const bytes = await writeJsonFile(OUT, file);
  console.info(`${describe(best.config)} -> ${OUT}: ${file.rows.length} features, ${bytes} bytes`);
  await writeModelCard({
    groups,
    grid: grid.map((g) => ({ name: describe(g.config), score: g.score })),
    chosen: describe(best.config),
    result: best.result,
    thresholds,
    features: file.rows.length,
    bytes,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
