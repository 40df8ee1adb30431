/**
 * Crisis detection: the one way in for the page, the workers, eval and the classifier's training.
 * The rules (rules.ts, concepts.ts, signs.ts, finality.ts), what settles their hits (context.ts,
 * denial.ts) and the learned classifier (model.ts) combine in detect.ts; nothing outside this
 * folder imports them one by one. Tests share expectLevel from testing.ts.
 */
export {
  detectCrisis,
  detectRulesCrisis,
  readCrisis,
  type CrisisLevel,
  type CrisisResult,
} from './detect.ts';
export {
  CRISIS_MODEL_LABELS,
  featuresOf,
  knownFeatures,
  mayJudge,
  NO_RISK_IDEA,
  softmax3,
  type CrisisClassifierFile,
  type CrisisFeatureOptions,
} from './model.ts';
export {
  CRISIS_RESOURCES,
  ELEVATED_SUPPORT_MESSAGE,
  type CrisisLine,
  type CrisisResources,
} from './resources.ts';
export { warmUpCrisisDetection } from './warm-up.ts';
