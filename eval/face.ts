/**
 * `eval face`: the real face worker in headless Chromium over a folder of face crops with a
 * labels.csv (file,label,…). Crops where MediaPipe finds no face are scored by the appearance
 * view on the whole crop — honest for a crop data set, where the crop is the face — and counted.
 * The same run also scores each appearance network alone and with the rules (an ablation; the
 * worker's weights stay the a-priori ones, nothing here is fitted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS, type Emotion } from '../core/emotions';
import type { ImageOutcome } from './face-page/main';
import {
  PERTURBATION_NAMES,
  PERTURBATIONS,
  isPerturbationName,
  seedFor,
  type PerturbationName,
} from './face-page/perturb';
import { UNCERTAIN_BELOW } from '../workers/shared/estimate';
import { evalPages, startEvalBrowser, type EvalPages } from './face-browser';
import { ENSEMBLE_WEIGHTS, fuseEmotion, type AppearanceNetwork } from '../workers/face/fusion';
import { classificationReport, headline, round3, type ClassificationReport } from './metrics';
import { summarise, withDelta, type ConditionSummary } from './face-robustness';

const LABELS: Record<string, Emotion> = {
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
const IMAGES_PER_CALL = 25;

export interface FaceEvalReport extends ClassificationReport {
  detection: { images: number; faces_found: number; missed: number; missed_scored_by: string };
  /**
   * The same images scored by each view alone (faces found: aligned crop; missed: whole crop):
   * the appearance ensemble, each of its networks, and the blendshape rules.
   */
  views: {
    appearance_only: ClassificationReport;
    blendshape_rules_only: ClassificationReport;
  } & Record<`${NetworkKey}_only`, ClassificationReport>;
  /** Accuracy / macro-F1 per configuration; `ensemble_with_rules` is what the worker reports. */
  ablation: Record<string, { accuracy: number; macro_f1: number }>;
  /** Readings below the worker's confidence threshold (not counted in the app) and the rest's accuracy. */
  uncertain: { below: number; share: number; accuracy_when_confident: number };
  ms_per_frame: { median: number; p95: number };
  skipped_labels: number;
}

interface Sample {
  file: string;
  truth: Emotion;
}

/** A crop folder's labels.csv (file,label,…): the samples with a known label, and how many were not. */
export function readLabels(dataDir: string): { samples: Sample[]; skipped: number } {
  const rows = readFileSync(join(dataDir, 'labels.csv'), 'utf8').trim().split('\n');
  const header = rows.shift()!.split(',');
  const [fileAt, labelAt] = [header.indexOf('file'), header.indexOf('label')];
  const samples: Sample[] = [];
  for (const row of rows) {
    const cells = row.split(',');
    const truth = LABELS[cells[labelAt]!.trim().toLowerCase()];
    if (truth) samples.push({ file: cells[fileAt]!, truth });
  }
  return { samples, skipped: rows.length - samples.length };
}

async function runCondition(
  pages: EvalPages,
  dataDir: string,
  samples: Sample[],
  perturbation: PerturbationName,
): Promise<ImageOutcome[]> {
  const outcomes: ImageOutcome[] = [];
  for (let i = 0; i < samples.length; i += IMAGES_PER_CALL) {
    const images = samples.slice(i, i + IMAGES_PER_CALL).map((s) => ({
      png: readFileSync(join(dataDir, s.file)).toString('base64'),
      seed: seedFor(s.file),
    }));
    outcomes.push(...(await pages.analyse(images, perturbation)));
  }
  return outcomes;
}

type NetworkKey = 'face_api' | 'mini_xception';
const NETWORKS: [AppearanceNetwork, NetworkKey][] = [
  ['face-api', 'face_api'],
  ['mini-xception', 'mini_xception'],
];

const argmax = (p: Record<Emotion, number>) =>
  EMOTIONS.reduce((best, e) => (p[e] > p[best] ? e : best), EMOTIONS[0] as Emotion);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(q * (sorted.length - 1))] ?? 0) * 10) / 10;
};

/** Scores one condition's outcomes: the worker's reading, each view alone, and the ablation. */
function scoreOutcomes(
  samples: Sample[],
  outcomes: ImageOutcome[],
): Omit<FaceEvalReport, 'skipped_labels'> {
  const fused: Emotion[] = [];
  const appearance: Emotion[] = [];
  const rules: Emotion[] = [];
  const alone = new Map<NetworkKey, Emotion[]>(NETWORKS.map(([, key]) => [key, []]));
  const withRules = new Map<NetworkKey, Emotion[]>(NETWORKS.map(([, key]) => [key, []]));
  const ms: number[] = [];
  const uncertain: boolean[] = [];
  outcomes.forEach(({ result, fallback }, i) => {
    if (result.type === 'face' && result.debug) {
      const { debug } = result;
      fused.push(result.emotion);
      uncertain.push(result.uncertain);
      appearance.push(argmax(debug.appearance));
      rules.push(argmax(debug.rules));
      for (const [network, key] of NETWORKS) {
        const p = debug.networks[network];
        if (!p) throw new Error(`${samples[i]!.file}: the ${network} network did not run`);
        alone.get(key)!.push(argmax(p));
        withRules.get(key)!.push(argmax(fuseEmotion(p, debug.rules)));
      }
      ms.push(result.ms);
    } else if (fallback && 'emotion' in fallback && fallback.networks) {
      fused.push(fallback.emotion);
      uncertain.push(fallback.uncertain);
      appearance.push(fallback.emotion);
      rules.push('neutral'); // no landmarks, so the rules see nothing
      for (const [network, key] of NETWORKS) {
        const p = fallback.networks[network];
        if (!p) throw new Error(`${samples[i]!.file}: the ${network} network did not run`);
        alone.get(key)!.push(argmax(p));
        withRules.get(key)!.push(argmax(p));
      }
    } else {
      throw new Error(`${samples[i]!.file}: ${JSON.stringify(fallback ?? result)}`);
    }
  });
  const truth = samples.map((s) => s.truth);
  const found = outcomes.filter((o) => o.result.type === 'face').length;
  const report = (predicted: Emotion[]) => classificationReport(EMOTIONS, truth, predicted);
  const views = {
    appearance_only: report(appearance),
    face_api_only: report(alone.get('face_api')!),
    mini_xception_only: report(alone.get('mini_xception')!),
    blendshape_rules_only: report(rules),
  };
  const fusedReport = report(fused);
  const confident = fused.map((_, i) => i).filter((i) => !uncertain[i]);
  return {
    ...fusedReport,
    detection: {
      images: samples.length,
      faces_found: found,
      missed: samples.length - found,
      missed_scored_by:
        'appearance view on the whole 48×48 crop upscaled to 112×112 and 64×64 (with its mirror image)',
    },
    uncertain: {
      below: UNCERTAIN_BELOW,
      share: round3(1 - confident.length / samples.length),
      accuracy_when_confident: round3(
        confident.filter((i) => fused[i] === truth[i]).length / Math.max(1, confident.length),
      ),
    },
    views,
    ablation: {
      face_api: headline(views.face_api_only),
      mini_xception: headline(views.mini_xception_only),
      [`ensemble_${ENSEMBLE_WEIGHTS['face-api']}_${ENSEMBLE_WEIGHTS['mini-xception']}`]: headline(
        views.appearance_only,
      ),
      blendshape_rules: headline(views.blendshape_rules_only),
      face_api_with_rules: headline(report(withRules.get('face_api')!)),
      mini_xception_with_rules: headline(report(withRules.get('mini_xception')!)),
      ensemble_with_rules: headline(fusedReport),
    },
    ms_per_frame: { median: quantile(ms, 0.5), p95: quantile(ms, 0.95) },
  };
}

/** Every perturbation on the same crops through one browser: the robustness table. */
async function evaluateRobustness(dataDir: string) {
  const { samples, skipped } = readLabels(dataDir);
  const browser = await startEvalBrowser();
  const pages = evalPages(browser);
  const conditions: Partial<Record<PerturbationName, ConditionSummary>> = {};
  try {
    for (const name of PERTURBATION_NAMES) {
      const summary = summarise(
        name,
        scoreOutcomes(samples, await runCondition(pages, dataDir, samples, name)),
      );
      conditions[name] = conditions.none ? withDelta(summary, conditions.none) : summary;
      process.stderr.write(
        `perturb ${name}: accuracy ${summary.accuracy}, macro-F1 ${summary.macro_f1}\n`,
      );
    }
  } finally {
    await pages.close();
    await browser.close();
  }
  return {
    data: dataDir,
    n: samples.length,
    skipped_labels: skipped,
    uncertain_below: UNCERTAIN_BELOW,
    conditions,
  };
}

/**
 * Scores the face worker on one labelled crop folder (e.g. ../shared/data/face/ferplus_test),
 * optionally under one synthetic perturbation, or under all of them (`perturb: 'all'`).
 */
export async function evaluateFace(
  dataDir: string,
  { perturb }: { perturb?: string } = {},
): Promise<unknown> {
  if (perturb === 'all') return evaluateRobustness(dataDir);
  const name = perturb ?? 'none';
  if (!isPerturbationName(name)) throw new Error(`unknown perturbation: ${name}`);
  const { samples, skipped } = readLabels(dataDir);
  const browser = await startEvalBrowser();
  const pages = evalPages(browser);
  let outcomes: ImageOutcome[];
  try {
    outcomes = await runCondition(pages, dataDir, samples, name);
  } finally {
    await pages.close();
    await browser.close();
  }
  const report: FaceEvalReport = { ...scoreOutcomes(samples, outcomes), skipped_labels: skipped };
  return perturb
    ? { perturbation: name, description: PERTURBATIONS[name].description, ...report }
    : report;
}
