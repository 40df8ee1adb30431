import { join } from 'node:path';
import Meyda from 'meyda';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../models/shared-data';
import { readWavMono } from '../../../models/voice/wav';
import { extractVoiceFeatures } from './extract';
import { VOICE_FEATURE_NAMES } from './layout';
import { dctMatrix, logMelEnergies, melFilterBank, mfccFromLogMel } from './mel';
import { PowerSpectrum, SPECTRUM_BINS } from './spectrum';
import { mix, noise, sine } from './test-signals';

const EMODB = sharedData('speech', 'emodb');
const emodb = (file: string) => {
  const { samples, sampleRate } = readWavMono(join(EMODB, file));
  return extractVoiceFeatures(samples, sampleRate).summary;
};

describe('extractVoiceFeatures on synthetic signals', () => {
  it('finds F0 = 220 Hz in a 220 Hz sine, directly at 16 kHz and through the resampler at 44.1 kHz', () => {
    for (const rate of [16_000, 44_100]) {
      const { summary, vector } = extractVoiceFeatures(sine(220, 2, rate), rate);
      expect(summary.f0MeanHz).toBeCloseTo(220, -0.5);
      expect(summary.voicedFraction).toBeGreaterThan(0.9);
      expect(summary.pauseRatio).toBeLessThan(0.05);
      expect(vector).toHaveLength(VOICE_FEATURE_NAMES.length);
    }
  });

  it('reads silence as all pause, with finite numbers everywhere', () => {
    const { summary, vector } = extractVoiceFeatures(new Float32Array(32_000), 16_000);
    expect(summary.pauseRatio).toBe(1);
    expect(summary.voicedFraction).toBe(0);
    expect(vector.every(Number.isFinite)).toBe(true);
  });

  it('computes MFCCs exactly as meyda defines them (its filter bank, ln(1 + x), DCT-II x2)', () => {
    const frame = mix(sine(300, 0.032, 16_000), noise(0.032, 16_000, 0.05)).slice(0, 512);
    Object.assign(Meyda, {
      bufferSize: 512,
      sampleRate: 16_000,
      melBands: 40,
      numberOfMFCCCoefficients: 40,
    });
    const expected = Meyda.extract('mfcc', frame) as unknown as number[];
    const power = new PowerSpectrum().compute(frame, new Float32Array(SPECTRUM_BINS));
    const logMel = logMelEnergies(power, melFilterBank(40, 16_000), new Float32Array(40));
    const mfcc = mfccFromLogMel(logMel, dctMatrix(40, 40), new Float32Array(40));
    expected.forEach((value, k) => expect(mfcc[k]).toBeCloseTo(value, 2));
  });
});

describe('extractVoiceFeatures on EmoDB speech', () => {
  it('hears an angry sentence as higher, louder and brighter than a sad one by the same speaker', () => {
    const angry = emodb('03a01Wa.wav');
    const sad = emodb('03a02Ta.wav');
    expect(angry.f0MeanHz).toBeGreaterThan(sad.f0MeanHz * 1.3);
    expect(angry.energyDb).toBeGreaterThan(sad.energyDb);
    expect(angry.spectralCentroidHz).toBeGreaterThan(sad.spectralCentroidHz);
  });

  it('is gain-invariant: 22 dB quieter (RAVDESS vs EmoDB) only lowers energy_mean_db by 22 dB', () => {
    const { samples, sampleRate } = readWavMono(join(EMODB, '03a01Wa.wav'));
    const loud = extractVoiceFeatures(samples, sampleRate).vector;
    const quiet = extractVoiceFeatures(
      samples.map((value) => value * 10 ** (-22 / 20)),
      sampleRate,
    ).vector;
    VOICE_FEATURE_NAMES.forEach((name, i) => {
      const expected = name === 'energy_mean_db' ? loud[i]! - 22 : loud[i]!;
      expect(quiet[i], name).toBeCloseTo(expected, 2);
    });
  });

  it('keeps pitch and pauses steady when fan-like noise is added 30 dB below the speech', () => {
    const { samples, sampleRate } = readWavMono(join(EMODB, '03a01Nc.wav'));
    const clean = extractVoiceFeatures(samples, sampleRate).summary;
    const noisy = extractVoiceFeatures(
      mix(samples, noise(2, sampleRate, 0.003)),
      sampleRate,
    ).summary;
    expect(Math.abs(12 * Math.log2(noisy.f0MeanHz / clean.f0MeanHz))).toBeLessThan(1);
    expect(Math.abs(noisy.pauseRatio - clean.pauseRatio)).toBeLessThan(0.15);
    expect(noisy.noiseFloorDb).toBeGreaterThan(clean.noiseFloorDb);
  });
});
