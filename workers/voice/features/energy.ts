import { HOPS_PER_SECOND } from './framing';
import { mean, percentile } from './stats';

/** dBFS floor for digital silence, so log energies stay finite. */
export const SILENCE_DB = -100;
// Frames this far above the noise floor carry speech; below it they are pauses (or breaths).
const SPEECH_MARGIN_DB = 6;
// Frames more than this far under the segment's loud speech are pauses even when the floor is lower
// still (digital silence around a take, a gated mic). Relative, so a quieter mic or a speaker further
// away keeps the same frames: an absolute -60 dBFS gate dropped 30 % of the speech frames of RAVDESS
// (recorded ~22 dB quieter than EmoDB). 35 dB is EmoDB's own median span from loud speech (95th
// percentile frame) down to floor + 6 dB, so on clean EmoDB takes the floor still decides.
const SPEECH_RANGE_DB = 35;
// Only near-digital silence is a pause whatever the level (a muted mic, zero padding).
const ABSOLUTE_PAUSE_DB = -90;

/** Frame RMS in dBFS. */
export function frameDb(frame: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < frame.length; i++) sum += frame[i]! * frame[i]!;
  return Math.max(SILENCE_DB, 10 * Math.log10(sum / frame.length + 1e-12));
}

/** Zero crossings per sample (meyda's zcr count divided by the frame's sample pairs). */
export function zeroCrossingRate(frame: Float32Array): number {
  let crossings = 0;
  for (let i = 1; i < frame.length; i++) if (frame[i - 1]! >= 0 !== frame[i]! >= 0) crossings++;
  return crossings / (frame.length - 1);
}

/**
 * Noise floor of one segment: the 10th percentile of frame energies, which sits on pauses because
 * speech seldom fills more than 90 % of 2-5 s. It is kept at least 12 dB under the median so a
 * segment with no pauses at all (or a held tone) is not mistaken for noise; a quieter floor tracked
 * over earlier segments takes precedence.
 */
export function segmentNoiseFloorDb(energiesDb: Float32Array, trackedFloorDb?: number): number {
  const own = Math.min(percentile(energiesDb, 0.1), percentile(energiesDb, 0.5) - 12);
  return trackedFloorDb === undefined ? own : Math.min(own, trackedFloorDb);
}

/**
 * Marks frames clearly above the noise floor and within the speech range of the segment's loud frames
 * as speech. Scaling the signal by any gain leaves the mask unchanged (down to near-digital silence).
 */
export function speechMask(energiesDb: Float32Array, floorDb: number): Uint8Array {
  const mask = new Uint8Array(energiesDb.length);
  const threshold = Math.max(
    floorDb + SPEECH_MARGIN_DB,
    percentile(energiesDb, 0.95) - SPEECH_RANGE_DB,
    ABSOLUTE_PAUSE_DB,
  );
  for (let i = 0; i < energiesDb.length; i++) mask[i] = energiesDb[i]! >= threshold ? 1 : 0;
  return mask;
}

/** Mean power (linear, mean square) of the frames in `mask`: the segment's speech level. */
export function speechPower(energiesDb: Float32Array, mask: Uint8Array): number {
  let sum = 0;
  let frames = 0;
  for (let i = 0; i < energiesDb.length; i++) {
    if (!mask[i]) continue;
    sum += 10 ** (energiesDb[i]! / 10);
    frames++;
  }
  return frames ? sum / frames : 0;
}

/** Speech energy with the noise power subtracted, dB: steady noise adds power, not speech. */
export function denoisedDb(db: number, floorDb: number): number {
  const excess = 10 ** (db / 10) - 10 ** (floorDb / 10);
  return Math.max(SILENCE_DB, 10 * Math.log10(Math.max(excess, 1e-12)));
}

/**
 * Syllable-nucleus rate: voiced peaks of the smoothed energy envelope that rise at least 3 dB out of
 * the dip before them, per second of speech (an articulation-rate proxy after de Jong & Wempe).
 */
export function syllableRate(energiesDb: Float32Array, mask: Uint8Array, f0: Float32Array): number {
  const n = energiesDb.length;
  const smooth = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    smooth[i] =
      (energiesDb[Math.max(0, i - 1)]! + energiesDb[i]! + energiesDb[Math.min(n - 1, i + 1)]!) / 3;
  }
  let peaks = 0;
  let dip = Infinity;
  for (let i = 0; i < n; i++) {
    const value = smooth[i]!;
    dip = Math.min(dip, value);
    const isPeak = value >= (smooth[i - 1] ?? -Infinity) && value > (smooth[i + 1] ?? -Infinity);
    if (isPeak && mask[i] && f0[i]! > 0 && value - dip >= 3) {
      peaks++;
      dip = value;
    }
  }
  const speechSeconds = mean(mask) * (n / HOPS_PER_SECOND);
  return speechSeconds > 0.2 ? peaks / speechSeconds : 0;
}

/** Relative change of peak amplitude between consecutive voiced frames (a frame-level shimmer estimate). */
export function shimmer(peaks: Float32Array, f0: Float32Array): number {
  let change = 0;
  let level = 0;
  let pairs = 0;
  for (let i = 1; i < peaks.length; i++) {
    if (f0[i]! <= 0 || f0[i - 1]! <= 0) continue;
    change += Math.abs(peaks[i]! - peaks[i - 1]!);
    level += (peaks[i]! + peaks[i - 1]!) / 2;
    pairs++;
  }
  return pairs && level > 0 ? change / level : 0;
}
