import { MEL_BANDS, MFCC_COUNT } from './mel';

/** Log-mel energies enter the vector as coarse groups: 40 band means would only restate the MFCC means. */
export const MEL_GROUPS = 8;
export const MEL_GROUP_SIZE = MEL_BANDS / MEL_GROUPS;

const PROSODY = [
  'f0_mean_st',
  'f0_std_st',
  'f0_range_st',
  'voiced_fraction',
  'energy_mean_db',
  'energy_std_db',
  'zcr_mean',
  'centroid_mean_hz',
  'centroid_std_hz',
  'flux_mean',
  'jitter',
  'shimmer',
  'pause_ratio',
  'speech_rate',
] as const;
export type ProsodyFeature = (typeof PROSODY)[number];

/** The fixed order of `extractVoiceFeatures(...).vector`; the voice model's input follows it. */
export const VOICE_FEATURE_NAMES: readonly string[] = [
  ...Array.from({ length: MFCC_COUNT }, (_, i) => `mfcc_mean_${i}`),
  ...Array.from({ length: MFCC_COUNT }, (_, i) => `mfcc_std_${i}`),
  ...Array.from({ length: MEL_GROUPS }, (_, i) => `logmel_mean_${i}`),
  ...PROSODY,
];

/** Index of a named feature in the vector. */
export function featureIndex(name: ProsodyFeature): number {
  return VOICE_FEATURE_NAMES.indexOf(name);
}
