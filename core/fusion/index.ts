/** Fusion's public face: import from here rather than from its files. */
export * from './types';
export { fuseReadings } from './fuse';
export { stressParts, stressScore, STRESS_PART_WEIGHTS, RISK_FLOORS } from './stress';
export { detectHiddenStress, HIDDEN_STRESS_PATTERNS } from './hidden-stress';
export {
  smoothReading,
  FusionSmoother,
  EMPTY_SMOOTHING,
  SMOOTHING_WINDOW,
  SHARP_RISE,
  type SmoothingState,
} from './smoothing';
export { buildBaseline, isCalibrating, EMPTY_BASELINE, CALIBRATION_MS } from './calibration';
export { modalityWeights, RECENCY_HALF_LIFE_MS, DEFERS_WHEN_NEUTRAL } from './weights';
export { RELIABILITY } from './reliability';
export { textReading, followingMessage } from './from-text';
