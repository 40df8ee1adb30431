/** Rule-based text analysis: pure functions, safe in a Web Worker, the API and plain vitest. */
export { analyzeText, type TextAnalysis } from './analyze.ts';
export { detectCrisis, type CrisisLevel, type CrisisResult } from './crisis.ts';
export {
  CRISIS_RESOURCES,
  ELEVATED_SUPPORT_MESSAGE,
  type CrisisLine,
  type CrisisResources,
} from './crisis-resources.ts';
export { findRisk, type Risk, type RiskHit } from './risk.ts';
export { scoreSentiment, type Sentiment } from './sentiment.ts';
export { detectSarcasm } from './sarcasm.ts';
export { findStressors, STRESSOR_TOPICS, type Stressor, type StressorTopic } from './stressors.ts';
export type { TextSpan } from './span.ts';
