import { ANALYSIS_RATE, FRAME_SIZE, frameCount, hannWindow, readFrame } from './framing';
import { resample } from './resample';
import { PowerSpectrum, SPECTRUM_BINS, spectralCentroidHz, spectralFlux } from './spectrum';
import {
  MEL_BANDS,
  MFCC_COUNT,
  dctMatrix,
  logMelEnergies,
  melFilterBank,
  mfccFromLogMel,
} from './mel';
import { frameF0, pitchStats } from './pitch';
import {
  denoisedDb,
  frameDb,
  segmentNoiseFloorDb,
  shimmer,
  speechMask,
  speechPower,
  syllableRate,
  zeroCrossingRate,
} from './energy';
import { MEL_GROUPS, MEL_GROUP_SIZE, VOICE_FEATURE_NAMES } from './layout';
import { mean, std } from './stats';
import { summarise, type VoiceSummary } from './summary';

export interface VoiceFeatures {
  /** Fixed order, see VOICE_FEATURE_NAMES. */
  vector: Float32Array;
  summary: VoiceSummary;
}

export interface ExtractOptions {
  /** Noise floor tracked over earlier segments (dBFS); lowers this segment's own estimate when quieter. */
  noiseFloorDb?: number;
}

const bank = melFilterBank(MEL_BANDS, ANALYSIS_RATE);
const dct = dctMatrix(MFCC_COUNT, MEL_BANDS);
// Sum of the squared Hann window: a frame of mean square p has p * this power per bin when white.
const WINDOW_POWER = hannWindow(FRAME_SIZE).reduce((sum, w) => sum + w * w, 0);
/**
 * Log-mel floor, relative to the segment's speech level spread evenly over the spectrum: -50 dB,
 * under the weak high bands of speech but above what a quiet room adds (EmoDB's floor sits ~42 dB
 * under its loud speech), so near-empty bands do not swing MFCCs with the noise.
 */
const LOG_MEL_FLOOR = 1e-5;

/**
 * Takes prosodic and spectral features from one mono segment. Returns numbers only: no view of
 * `samples` (or of the resampled copy) survives the call.
 */
export function extractVoiceFeatures(
  samples: Float32Array,
  sampleRate: number,
  options: ExtractOptions = {},
): VoiceFeatures {
  if (!(sampleRate > 0)) throw new RangeError(`sample rate must be positive, got ${sampleRate}`);
  const signal =
    sampleRate === ANALYSIS_RATE ? samples : resample(samples, sampleRate, ANALYSIS_RATE);
  const frames = frameCount(signal.length);
  const frame = new Float32Array(FRAME_SIZE);

  const energies = new Float32Array(frames);
  const peaks = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    readFrame(signal, f, frame);
    energies[f] = frameDb(frame);
    let peak = 0;
    for (let i = 0; i < FRAME_SIZE; i++) peak = Math.max(peak, Math.abs(frame[i]!));
    peaks[f] = peak;
  }
  const floorDb = segmentNoiseFloorDb(energies, options.noiseFloorDb);
  const mask = speechMask(energies, floorDb);
  // Log-mel energies relative to the segment's speech level: a gain (mic, distance) then moves no
  // spectral feature, and loudness is left to energy_mean_db, which the user's baseline centres.
  const levelScale = 1 / Math.max(speechPower(energies, mask) * WINDOW_POWER, 1e-20);

  const spectrum = new PowerSpectrum();
  let power = new Float32Array(SPECTRUM_BINS);
  let previous = new Float32Array(SPECTRUM_BINS);
  const logMel = new Float32Array(MEL_BANDS);
  const mfcc = new Float32Array(MFCC_COUNT);
  const mfccSum = new Float64Array(MFCC_COUNT);
  const mfccSquares = new Float64Array(MFCC_COUNT);
  let speechFrames = 0;
  const melSum = new Float64Array(MEL_BANDS);
  const f0 = new Float32Array(frames);
  const speechDb: number[] = [];
  const zcr: number[] = [];
  const centroid: number[] = [];
  const flux: number[] = [];

  for (let f = 0; f < frames; f++) {
    readFrame(signal, f, frame);
    spectrum.compute(frame, power);
    if (mask[f]) {
      logMelEnergies(power, bank, logMel, levelScale, LOG_MEL_FLOOR);
      for (let b = 0; b < MEL_BANDS; b++) melSum[b]! += logMel[b]!;
      mfccFromLogMel(logMel, dct, mfcc);
      for (let k = 0; k < MFCC_COUNT; k++) {
        mfccSum[k]! += mfcc[k]!;
        mfccSquares[k]! += mfcc[k]! * mfcc[k]!;
      }
      speechFrames++;
      f0[f] = frameF0(frame, ANALYSIS_RATE);
      speechDb.push(denoisedDb(energies[f]!, floorDb));
      zcr.push(zeroCrossingRate(frame));
      centroid.push(spectralCentroidHz(power, ANALYSIS_RATE));
      if (f > 0 && mask[f - 1]) flux.push(spectralFlux(power, previous));
    }
    [power, previous] = [previous, power];
  }
  frame.fill(0);

  const pitch = pitchStats(f0, speechFrames);
  const logMelMean = Array.from(melSum, (sum) => (speechFrames ? sum / speechFrames : 0));
  const vector = new Float32Array(VOICE_FEATURE_NAMES.length);
  let at = 0;
  const n = Math.max(1, speechFrames);
  for (let k = 0; k < MFCC_COUNT; k++) vector[at++] = mfccSum[k]! / n;
  for (let k = 0; k < MFCC_COUNT; k++) {
    vector[at++] = Math.sqrt(Math.max(0, mfccSquares[k]! / n - (mfccSum[k]! / n) ** 2));
  }
  for (let g = 0; g < MEL_GROUPS; g++) {
    vector[at++] = mean(logMelMean.slice(g * MEL_GROUP_SIZE, (g + 1) * MEL_GROUP_SIZE));
  }
  const prosody = [
    pitch.meanSt,
    pitch.stdSt,
    pitch.rangeSt,
    pitch.voicedFraction,
    speechFrames ? mean(speechDb) : floorDb,
    std(speechDb),
    mean(zcr),
    mean(centroid),
    std(centroid),
    mean(flux),
    pitch.jitter,
    shimmer(peaks, f0),
    1 - speechFrames / frames,
    syllableRate(energies, mask, f0),
  ];
  for (const value of prosody) vector[at++] = value;

  return { vector, summary: summarise(vector, pitch.meanHz, floorDb, logMelMean, speechFrames) };
}
