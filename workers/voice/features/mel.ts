import { SPECTRUM_BINS } from './spectrum';
import { FRAME_SIZE } from './framing';

export const MEL_BANDS = 40;
export const MFCC_COUNT = 40;

interface SparseFilter {
  start: number;
  weights: Float32Array;
}

const freqToMel = (hz: number) => 1125 * Math.log(1 + hz / 700);
const melToFreq = (mel: number) => 700 * (Math.exp(mel / 1125) - 1);

/**
 * Meyda's triangular mel filter bank (createMelFilterBank: 0 Hz to Nyquist, bins floor((N + 1) f / sr)),
 * stored sparsely so a frame costs ~N multiplies instead of bands x N.
 */
export function melFilterBank(bands: number, sampleRate: number): SparseFilter[] {
  const top = freqToMel(sampleRate / 2);
  const edges = Array.from({ length: bands + 2 }, (_, i) =>
    Math.floor(((FRAME_SIZE + 1) * melToFreq((i * top) / (bands + 1))) / sampleRate),
  );
  return Array.from({ length: bands }, (_, j) => {
    const [low, centre, high] = [edges[j]!, edges[j + 1]!, edges[j + 2]!];
    const end = Math.min(high, SPECTRUM_BINS);
    const weights = new Float32Array(Math.max(0, end - low));
    for (let i = low; i < end; i++) {
      weights[i - low] = i < centre ? (i - low) / (centre - low) : (high - i) / (high - centre);
    }
    return { start: low, weights };
  });
}

/**
 * ln(scale * filter-bank energy + floor) per band. The defaults are meyda's melBands, ln(1 + x); that
 * is not gain-invariant (at low levels ln(1 + x) ~ x, so a quieter mic changes every MFCC's shape), so
 * the extractor passes scale = 1 / speech level and a small floor instead (see extract.ts).
 */
export function logMelEnergies(
  power: Float32Array,
  bank: SparseFilter[],
  out: Float32Array,
  scale = 1,
  floor = 1,
): Float32Array {
  for (let j = 0; j < bank.length; j++) {
    const { start, weights } = bank[j]!;
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += weights[i]! * power[start + i]!;
    out[j] = Math.log(sum * scale + floor);
  }
  return out;
}

/** DCT-II with meyda's scale of 2, as a precomputed cosine matrix (coefficients x bands). */
export function dctMatrix(coefficients: number, bands: number): Float32Array {
  const matrix = new Float32Array(coefficients * bands);
  for (let k = 0; k < coefficients; k++) {
    for (let n = 0; n < bands; n++)
      matrix[k * bands + n] = 2 * Math.cos((Math.PI / bands) * (n + 0.5) * k);
  }
  return matrix;
}

/** MFCCs from log-mel energies (meyda's mfcc = dct(melBands)). */
export function mfccFromLogMel(
  logMel: Float32Array,
  dct: Float32Array,
  out: Float32Array,
): Float32Array {
  const bands = logMel.length;
  for (let k = 0; k < out.length; k++) {
    let sum = 0;
    for (let n = 0; n < bands; n++) sum += dct[k * bands + n]! * logMel[n]!;
    out[k] = sum;
  }
  return out;
}
