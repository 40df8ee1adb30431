/**
 * The crisis head: a 3-class softmax on the sentence embedding, trained on every safety author file
 * we may train on (models/safety/data.ts plus train-f, a paraphrase-heavy file) and on everyday
 * GoEmotions train comments as none. Its cut-offs are chosen by leave-one-author-out CV, held to
 * the flag rate the whole detector (rules, classifier and encoder together) may reach on
 * GoEmotions dev. Held-out sets (safety-holdout-5, -6, -7) and every test split are never read.
 */
import { detectCrisis, type CrisisLevel } from '../../core/text/crisis/index';
import {
  CRISIS_CLASSES,
  encoderCrisisLevel,
  headProbabilities,
  raisedLevel,
  type LinearHead,
  type SentenceHeadsFile,
} from '../../core/text/encoder/heads';
import { loadAuthorGroups, TRAINING_FILES, type AuthorGroup } from '../safety/data';
import { loadOrdinaryNegatives } from '../safety/ordinary';
import { embedAll } from './embeddings';
import { goEmotions } from './emotion-data';
import { fitHead, type SoftmaxSettings, type TrainingRow } from './softmax-regression';

/**
 * The classifier's files and train-f, a paraphrase-heavy file. The bag-of-words classifier does
 * not train on train-f: with it, its unit-test look-alikes ("make sure i don't forget my
 * passport") read severe. train-g is not here: trained with it, the head raised MELD test's
 * everyday severe rate over 0.5 % (eval/data/SAFETY-SET.md, "train-g").
 */
export const ENCODER_CRISIS_FILES = [...TRAINING_FILES, 'models/safety/data/train-f.csv'];
const SEED = 20261203;

/** How many more of the authors' none rows the encoder may raise, out of fold. */
export const NONE_RAISED_MARGIN = 0.02;

/** The most the whole detector may flag on everyday comments (GoEmotions dev), with a margin under the 0.5 % / 2 % targets. */
export const DEV_FLAG_BUDGET = { severe: 0.0045, elevated: 0.018 };

export interface CrisisSettings {
  /** `hidden` adds a ReLU layer of that many units (mlp.ts); without it the head is linear. */
  softmax: SoftmaxSettings & { hidden?: number };
  /** All everyday comments together weigh this many times the authors' none rows. */
  ordinaryWeight: number;
}

interface Embedded {
  groups: (AuthorGroup & { vectors: Float32Array[]; detector: CrisisLevel[] })[];
  ordinary: Float32Array[];
  dev: { vectors: Float32Array[]; detector: CrisisLevel[] };
}

export async function loadCrisisData(): Promise<Embedded> {
  const groups = await loadAuthorGroups(ENCODER_CRISIS_FILES);
  const embeddedGroups = [];
  for (const group of groups) {
    embeddedGroups.push({
      ...group,
      vectors: await embedAll(group.rows.map((row) => row.text)),
      detector: group.rows.map((row) => detectCrisis(row.text).level),
    });
  }
  // Everyday comments are GoEmotions train rows, already embedded for the emotion head.
  const train = await goEmotions('train');
  const byText = new Map(train.rows.map((row, i) => [row.text, train.vectors[i]!]));
  const ordinary = loadOrdinaryNegatives(SEED).map((text) => byText.get(text)!);
  const dev = await goEmotions('dev');
  return {
    groups: embeddedGroups,
    ordinary,
    dev: { vectors: dev.vectors, detector: dev.rows.map((row) => detectCrisis(row.text).level) },
  };
}

const oneHot = (level: CrisisLevel) => CRISIS_CLASSES.map((c) => (c === level ? 1 : 0));

export function fitCrisisHead(
  groups: Embedded['groups'],
  ordinary: Float32Array[],
  settings: CrisisSettings,
): LinearHead {
  const authorNone = groups.reduce(
    (n, g) => n + g.rows.filter((row) => row.level === 'none').length,
    0,
  );
  const ordinaryWeight = (settings.ordinaryWeight * authorNone) / ordinary.length;
  const rows: TrainingRow[] = [
    ...groups.flatMap((g) =>
      g.rows.map((row, i) => ({ x: g.vectors[i]!, target: oneHot(row.level), weight: 1 })),
    ),
    ...ordinary.map((x) => ({ x, target: oneHot('none'), weight: ordinaryWeight })),
  ];
  return fitHead(rows, CRISIS_CLASSES, settings.softmax);
}

type Thresholds = SentenceHeadsFile['crisis']['thresholds'];

/** One pair of cut-offs scored out of fold on the authors and on GoEmotions dev. */
export interface Outcome {
  thresholds: Thresholds;
  severeRecall: number;
  severePrecision: number;
  elevatedRecall: number;
  noneRaised: number;
  devSevere: number;
  devElevated: number;
}

/**
 * Scores one pair of cut-offs: the encoder's own out-of-fold levels on the authors' rows (today's
 * detector was trained on ten of these files, so its in-sample view of them would hide what the
 * encoder adds), and the flag rate of the whole detector, raised by the encoder, on GoEmotions dev.
 */
function outcome(
  truth: CrisisLevel[],
  detector: CrisisLevel[],
  oof: number[][],
  dev: { detector: CrisisLevel[]; p: number[][] },
  thresholds: Thresholds,
  raise = true,
): Outcome {
  const levels = oof.map((p, i) =>
    raise ? raisedLevel(detector[i]!, p, thresholds) : encoderCrisisLevel(p, thresholds),
  );
  const count = (pred: (i: number) => boolean) => truth.filter((_, i) => pred(i)).length;
  const severe = count((i) => truth[i] === 'severe');
  const devLevels = dev.p.map((p, i) => raisedLevel(dev.detector[i]!, p, thresholds));
  return {
    thresholds,
    severeRecall: count((i) => truth[i] === 'severe' && levels[i] === 'severe') / severe,
    severePrecision:
      count((i) => truth[i] === 'severe' && levels[i] === 'severe') /
      Math.max(
        1,
        count((i) => levels[i] === 'severe'),
      ),
    elevatedRecall:
      count((i) => truth[i] === 'elevated' && levels[i] !== 'none') /
      count((i) => truth[i] === 'elevated'),
    noneRaised:
      count((i) => truth[i] === 'none' && levels[i] !== 'none') / count((i) => truth[i] === 'none'),
    devSevere: devLevels.filter((l) => l === 'severe').length / devLevels.length,
    devElevated: devLevels.filter((l) => l === 'elevated').length / devLevels.length,
  };
}

export async function chooseCrisisHead(data: Embedded, grid: CrisisSettings[]) {
  const truth = data.groups.flatMap((g) => g.rows.map((row) => row.level));
  const detector = data.groups.flatMap((g) => g.detector);
  const results = grid.map((settings) => {
    const oof: number[][] = [];
    data.groups.forEach((held, k) => {
      const head = fitCrisisHead(
        data.groups.filter((_, j) => j !== k),
        data.ordinary,
        settings,
      );
      held.vectors.forEach((x) => oof.push(headProbabilities(head, x)));
    });
    const head = fitCrisisHead(data.groups, data.ordinary, settings);
    const dev = {
      detector: data.dev.detector,
      p: data.dev.vectors.map((x) => headProbabilities(head, x)),
    };
    const candidates: Outcome[] = [];
    for (let severe = 0.3; severe <= 0.99; severe += 0.01) {
      for (let elevated = 0.3; elevated <= 0.99; elevated += 0.01) {
        const o = outcome(
          truth,
          detector,
          oof,
          dev,
          { severe: Math.round(severe * 100) / 100, elevated: Math.round(elevated * 100) / 100 },
          false,
        );
        if (o.devSevere <= DEV_FLAG_BUDGET.severe && o.devElevated <= DEV_FLAG_BUDGET.elevated) {
          candidates.push(o);
        }
      }
    }
    // Idioms, denials and ordinary sadness in the author files must stay none: the raised detector
    // may read at most 2 points more of them as risk than today's.
    const without = outcome(truth, detector, oof, dev, { severe: 2, elevated: 2 });
    const allowed = candidates.filter(
      (o) =>
        outcome(truth, detector, oof, dev, o.thresholds).noneRaised <=
        without.noneRaised + NONE_RAISED_MARGIN,
    );
    const value = (o: Outcome) => o.severeRecall + 0.5 * o.elevatedRecall;
    const best = allowed.reduce((a, b) => (value(b) > value(a) ? b : a));
    // Then the upgrade: among messages the detector reads elevated, the lowest p(severe) that keeps
    // severe precision (out of fold, raised detector) at 0.92 and the dev budget.
    let upgraded = outcome(truth, detector, oof, dev, best.thresholds);
    for (let upgrade = 0.95; upgrade >= 0.2; upgrade -= 0.01) {
      const o = outcome(truth, detector, oof, dev, {
        ...best.thresholds,
        upgrade: Math.round(upgrade * 100) / 100,
      });
      if (o.severePrecision < 0.92 || o.devSevere > DEV_FLAG_BUDGET.severe) break;
      upgraded = o;
    }
    const raised = upgraded;
    console.info(
      JSON.stringify({
        settings,
        encoder_alone: best,
        raising_detector: raised,
        without_encoder: without,
      }),
    );
    return { settings, head, best: raised, alone: best, without, value: value(raised) };
  });
  return results.reduce((a, b) => (b.value > a.value ? b : a));
}
