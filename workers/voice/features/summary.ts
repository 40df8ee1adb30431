import { HOPS_PER_SECOND } from './framing';
import { featureIndex, type ProsodyFeature } from './layout';

/** Named, display-ready view of one segment's features. */
export interface VoiceSummary {
  f0MeanHz: number;
  f0VariabilitySt: number;
  f0RangeSt: number;
  voicedFraction: number;
  energyDb: number;
  energyVariabilityDb: number;
  zeroCrossingRate: number;
  spectralCentroidHz: number;
  spectralFlux: number;
  jitter: number;
  shimmer: number;
  pauseRatio: number;
  /** Syllable nuclei per second of speech. */
  speechRate: number;
  noiseFloorDb: number;
  speechSeconds: number;
  /** Mean log mel energy per band over speech frames, relative to the segment's speech level. */
  logMel: number[];
}

export function summarise(
  vector: Float32Array,
  f0MeanHz: number,
  noiseFloorDb: number,
  logMel: number[],
  speechFrames: number,
): VoiceSummary {
  const at = (name: ProsodyFeature) => vector[featureIndex(name)]!;
  return {
    f0MeanHz,
    f0VariabilitySt: at('f0_std_st'),
    f0RangeSt: at('f0_range_st'),
    voicedFraction: at('voiced_fraction'),
    energyDb: at('energy_mean_db'),
    energyVariabilityDb: at('energy_std_db'),
    zeroCrossingRate: at('zcr_mean'),
    spectralCentroidHz: at('centroid_mean_hz'),
    spectralFlux: at('flux_mean'),
    jitter: at('jitter'),
    shimmer: at('shimmer'),
    pauseRatio: at('pause_ratio'),
    speechRate: at('speech_rate'),
    noiseFloorDb,
    speechSeconds: speechFrames / HOPS_PER_SECOND,
    logMel,
  };
}
