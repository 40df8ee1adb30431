import { VOICE_FEATURE_NAMES, featureIndex, type ProsodyFeature } from './features/layout';

/** Population statistics to lean on until the user's own baseline has seen enough speech. */
export interface FeaturePrior {
  mean: ArrayLike<number>;
  std: ArrayLike<number>;
}

export interface StressReading {
  /** 0 (as relaxed as usual) .. 1 (far above the user's own norm); null while calibrating or without speech. */
  stress: number | null;
  indicators: {
    raisedPitch: number;
    irregularEnergy: number;
    breathingPauses: number;
    fastSpeech: number;
  };
  calibrating: boolean;
}

// Memory of roughly the last 50 segments (a few minutes of talk): slow enough that one upset call
// does not become the norm, fast enough that a new room's fan is absorbed within a conversation.
const DECAY = 1 / 50;
// Segments before z-scores are trusted on their own rather than blended with the prior.
const WARM_UP = 5;
const MIN_STD = 1e-3;
// Segments with fewer voiced frames or more pause than this neither update the baseline nor read stress.
const MIN_VOICED_FRACTION = 0.05;
const MAX_PAUSE_RATIO = 0.9;

const at = (name: ProsodyFeature) => featureIndex(name);
const clip01 = (value: number) => Math.min(1, Math.max(0, value));

/** The user's running voice baseline: exponentially forgetting Welford mean/variance per feature. */
export class VoiceBaseline {
  readonly mean = new Float64Array(VOICE_FEATURE_NAMES.length);
  readonly variance = new Float64Array(VOICE_FEATURE_NAMES.length);
  count = 0;

  constructor(private readonly prior?: FeaturePrior) {}

  /** Whether a segment carries enough speech to learn from or judge. */
  static hasSpeech(features: Float32Array): boolean {
    return (
      features[at('voiced_fraction')]! >= MIN_VOICED_FRACTION &&
      features[at('pause_ratio')]! <= MAX_PAUSE_RATIO
    );
  }

  update(features: Float32Array): void {
    this.count++;
    const weight = Math.max(1 / this.count, DECAY);
    for (let i = 0; i < this.mean.length; i++) {
      const delta = features[i]! - this.mean[i]!;
      this.mean[i]! += weight * delta;
      this.variance[i] = (1 - weight) * (this.variance[i]! + weight * delta * delta);
    }
  }

  /** z-scores against the baseline, blended with the prior while the baseline is young. */
  zScores(features: Float32Array): Float32Array {
    const z = new Float32Array(features.length);
    const own = this.count < 2 ? 0 : Math.min(1, this.count / WARM_UP);
    for (let i = 0; i < features.length; i++) {
      const priorMean = this.prior?.mean[i] ?? this.mean[i]!;
      const priorStd = this.prior?.std[i] ?? 1;
      const mu = own * this.mean[i]! + (1 - own) * priorMean;
      const sigma = own * Math.sqrt(this.variance[i]!) + (1 - own) * priorStd;
      z[i] = (features[i]! - mu) / Math.max(sigma, MIN_STD);
    }
    return z;
  }

  /**
   * The emotion model's input: features centred on the user's mean and divided by the model's fixed
   * within-speaker `scale`, as in training. The user's own spread is left out on purpose: it comes from
   * mostly calm speech and takes long to settle. While the baseline is young the prior's population
   * mean and spread (which includes differences between people) stand in, as in zScores.
   */
  centred(features: Float32Array, scale: ArrayLike<number>): Float32Array {
    const own = this.count < 2 ? 0 : Math.min(1, this.count / WARM_UP);
    return features.map((value, i) => {
      const mu = own * this.mean[i]! + (1 - own) * (this.prior?.mean[i] ?? this.mean[i]!);
      const sigma = own * scale[i]! + (1 - own) * (this.prior?.std[i] ?? scale[i]!);
      return (value - mu) / Math.max(sigma, MIN_STD);
    });
  }

  /** Reads stress against the baseline as it stood before this segment, then learns from the segment. */
  observe(features: Float32Array): StressReading {
    if (!VoiceBaseline.hasSpeech(features))
      return { ...stressFromZ(null), calibrating: this.count < WARM_UP };
    const calibrating = this.count < WARM_UP;
    const reading = stressFromZ(calibrating ? null : this.zScores(features));
    this.update(features);
    return { ...reading, calibrating };
  }
}

/**
 * Each indicator maps 0..3 standard deviations beyond the user's norm to 0..1. Pauses count both ways
 * (held breath and gasping), the others only upwards. Weights favour pitch and rate, the cues with the
 * most support in the stress-speech literature.
 */
export function stressFromZ(z: Float32Array | null): Omit<StressReading, 'calibrating'> {
  const indicators = { raisedPitch: 0, irregularEnergy: 0, breathingPauses: 0, fastSpeech: 0 };
  if (!z) return { stress: null, indicators };
  indicators.raisedPitch = clip01(z[at('f0_mean_st')]! / 3);
  indicators.irregularEnergy = clip01(Math.max(z[at('energy_std_db')]!, z[at('shimmer')]!) / 3);
  indicators.breathingPauses = clip01(Math.abs(z[at('pause_ratio')]!) / 3);
  indicators.fastSpeech = clip01(z[at('speech_rate')]! / 3);
  const stress =
    0.35 * indicators.raisedPitch +
    0.2 * indicators.irregularEnergy +
    0.2 * indicators.breathingPauses +
    0.25 * indicators.fastSpeech;
  return { stress, indicators };
}
