/**
 * Fits the weights of combineWithSentiment (workers/text/combine.ts, where the worker runs it):
 * L2-regularised multinomial logistic regression on four evidence features (full-batch gradient
 * descent), then per-class offsets for the F1 targets, then the abstention rule, all on one
 * labelled set (GoEmotions dev). Deterministic: zero start, fixed steps, fixed grids.
 */
import { EMOTIONS } from '../../core/emotions';
import {
  abstains,
  combinedLogits,
  softmaxInPlace,
  type AbstentionRule,
  type CombinationWeights,
} from '../../workers/text/combine';
import { lacksEvidence, type MessageEvidence } from '../../workers/text/evidence';
import { f1Objective, fitClassOffsets } from './calibrate';

export interface CombinationRow {
  probabilities: readonly number[];
  evidence: MessageEvidence;
  label: number;
}

export interface FitSettings {
  l2: number;
  steps: number;
  learningRate: number;
  /** Class weights (n / (classes · n_c))^balance: 0 = none, 1 = fully balanced. */
  balance: number;
}

const FEATURES = ['valence', 'magnitude', 'noEvidence', 'surpriseCue'] as const;

/** The logistic-regression part for a fixed evidence threshold; offsets absorb the bias. */
export function fitWeights(
  rows: readonly CombinationRow[],
  classes: number,
  minValence: number,
  { l2, steps, learningRate, balance }: FitSettings,
): CombinationWeights {
  const zeros = () => new Array<number>(classes).fill(0);
  const w: CombinationWeights = {
    valence: zeros(),
    magnitude: zeros(),
    noEvidence: zeros(),
    surpriseCue: zeros(),
    offset: zeros(),
    abstention: { minValence, maxWords: 0, margin: 0 },
  };
  const counts = zeros();
  for (const row of rows) counts[row.label]! += 1;
  const classWeight = counts.map((n) => (n ? Math.pow(rows.length / (classes * n), balance) : 0));
  const totalWeight = rows.reduce((sum, row) => sum + classWeight[row.label]!, 0);
  const x = rows.map((row) => {
    const v = row.evidence.valence;
    const none = lacksEvidence(row.evidence, minValence) ? 1 : 0;
    return [v, Math.abs(v), none, row.evidence.surpriseCue ? 1 : 0];
  });
  for (let step = 0; step < steps; step++) {
    const grad = FEATURES.map(zeros);
    const gradOffset = zeros();
    rows.forEach((row, i) => {
      const p = combinedLogits(row.probabilities, row.evidence, w);
      softmaxInPlace(p);
      const weight = classWeight[row.label]! / totalWeight;
      for (let c = 0; c < classes; c++) {
        const g = weight * (p[c]! - (c === row.label ? 1 : 0));
        x[i]!.forEach((value, f) => (grad[f]![c]! += g * value));
        gradOffset[c]! += g;
      }
    });
    FEATURES.forEach((key, f) => {
      w[key] = w[key]!.map((v, c) => v - learningRate * (grad[f]![c]! + l2 * v));
    });
    w.offset = w.offset.map((v, c) => v - learningRate * gradOffset[c]!);
  }
  return w;
}

/** Mean of weighted-F1 and macro-F1 with the abstention rule applied. */
function objective(
  rows: readonly CombinationRow[],
  logits: number[][],
  rule: AbstentionRule,
): number {
  const decided = logits.map((z, i) => {
    const p = [...z];
    softmaxInPlace(p);
    if (!abstains(p, rows[i]!.evidence, rule)) return z;
    return z.map((_, c) => (c === 4 ? 1 : 0));
  });
  return f1Objective(
    decided,
    rows.map((r) => r.label),
    new Array(EMOTIONS.length).fill(0),
  );
}

/** Grids for the abstention rule; the first entry of each means "never abstain". */
export const ABSTENTION_GRID = {
  minValence: [0, 0.3],
  maxWords: [0, 2, 3, 4, 6, 8],
  margin: [0, 0.1, 0.2, 0.3, 0.5],
};

/**
 * Dev objective a rule may give up to abstain more: about the noise of the dev estimate (5-fold
 * splits of GoEmotions dev differ by ~0.003), so abstention is taken only where it costs no more
 * than noise on GoEmotions. Why abstain at all: a false emotion reading costs the user more than a
 * missed one, and chat turns without evidence are neutral far more often than Reddit comments.
 */
export const ABSTENTION_TOLERANCE = 0.002;

/**
 * The whole fit: weights for each evidence threshold, F1 offsets, then the abstention rule that
 * reaches furthest among those within ABSTENTION_TOLERANCE of the best objective.
 */
export function fitCombination(
  rows: readonly CombinationRow[],
  classes: number,
  settings: FitSettings,
): CombinationWeights & { dev_objective: number; best_dev_objective: number } {
  const labels = rows.map((r) => r.label);
  type Candidate = CombinationWeights & { dev_objective: number };
  const candidates: Candidate[] = [];
  for (const minValence of ABSTENTION_GRID.minValence) {
    const w = fitWeights(rows, classes, minValence, settings);
    const raw = rows.map((r) => combinedLogits(r.probabilities, r.evidence, w));
    const { offsets } = fitClassOffsets(raw, labels);
    const logits = raw.map((z) => z.map((v, c) => v + offsets[c]!));
    w.offset = w.offset.map((v, c) => v + offsets[c]!);
    for (const maxWords of ABSTENTION_GRID.maxWords) {
      for (const margin of ABSTENTION_GRID.margin) {
        const rule = { minValence, maxWords, margin };
        candidates.push({ ...w, abstention: rule, dev_objective: objective(rows, logits, rule) });
      }
    }
  }
  const top = Math.max(...candidates.map((c) => c.dev_objective));
  const best = candidates
    .filter((c) => c.dev_objective >= top - ABSTENTION_TOLERANCE - 1e-9)
    .reduce((a, b) =>
      reach(b.abstention!) > reach(a.abstention!) + 1e-9 ||
      (Math.abs(reach(b.abstention!) - reach(a.abstention!)) <= 1e-9 &&
        b.dev_objective > a.dev_objective)
        ? b
        : a,
    );
  const round = (values: number[]) => values.map((v) => Math.round(v * 1e4) / 1e4);
  return {
    valence: round(best.valence),
    magnitude: round(best.magnitude),
    noEvidence: round(best.noEvidence!),
    surpriseCue: round(best.surpriseCue!),
    offset: round(best.offset),
    abstention: best.abstention!,
    dev_objective: Math.round(best.dev_objective * 1e4) / 1e4,
    best_dev_objective: Math.round(top * 1e4) / 1e4,
  };
}

/** How much a rule abstains, for tie-breaking: more words and a wider margin reach further. */
const reach = (rule: AbstentionRule) => rule.maxWords * rule.margin + rule.minValence;
