/**
 * The `eval face --perturb all` summary: one line per synthetic condition (lighting, tilt, a yaw
 * proxy, occlusions, blur, noise), with its change against the unperturbed crops.
 */
import { EMOTIONS } from '../core/emotions';
import type { FaceEvalReport } from './face';
import { PERTURBATIONS, type PerturbationName } from './face-page/perturb';
import { headline, round3 } from './metrics';

/** One condition in the `--perturb all` summary; `delta` is against `none`. */
export interface ConditionSummary {
  description: string;
  faces_found: number;
  detection_rate: number;
  accuracy: number;
  macro_f1: number;
  uncertain_share: number;
  accuracy_when_confident: number;
  appearance_only: { accuracy: number; macro_f1: number };
  blendshape_rules_only: { accuracy: number; macro_f1: number };
  per_class_f1: Record<string, number>;
  /** How often each class was read (a collapse onto one class shows here). */
  predicted: Record<string, number>;
  delta?: Omit<
    ConditionSummary,
    'description' | 'delta' | 'appearance_only' | 'blendshape_rules_only' | 'predicted'
  >;
}

export function summarise(name: PerturbationName, report: Omit<FaceEvalReport, 'skipped_labels'>) {
  const { detection, uncertain, views } = report;
  return {
    description: PERTURBATIONS[name].description,
    faces_found: detection.faces_found,
    detection_rate: round3(detection.faces_found / detection.images),
    accuracy: report.accuracy,
    macro_f1: report.macro_f1,
    uncertain_share: uncertain.share,
    accuracy_when_confident: uncertain.accuracy_when_confident,
    appearance_only: headline(views.appearance_only),
    blendshape_rules_only: headline(views.blendshape_rules_only),
    per_class_f1: Object.fromEntries(EMOTIONS.map((e) => [e, report.per_class[e]!.f1])),
    predicted: Object.fromEntries(
      EMOTIONS.map((e, c) => [e, report.confusion.matrix.reduce((sum, row) => sum + row[c]!, 0)]),
    ),
  } satisfies ConditionSummary;
}

export function withDelta(summary: ConditionSummary, base: ConditionSummary): ConditionSummary {
  const keys = [
    'faces_found',
    'detection_rate',
    'accuracy',
    'macro_f1',
    'uncertain_share',
    'accuracy_when_confident',
  ] as const;
  return {
    ...summary,
    delta: {
      ...(Object.fromEntries(keys.map((k) => [k, round3(summary[k] - base[k])])) as Record<
        (typeof keys)[number],
        number
      >),
      per_class_f1: Object.fromEntries(
        EMOTIONS.map((e) => [e, round3(summary.per_class_f1[e]! - base.per_class_f1[e]!)]),
      ),
    },
  };
}
