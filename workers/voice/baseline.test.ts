import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../models/shared-data';
import { readWavMono } from '../../models/voice/wav';
import { VoiceBaseline } from './baseline';
import { extractVoiceFeatures } from './features/extract';
import { mix, noise } from './features/test-signals';

const EMODB = sharedData('speech', 'emodb');
// Speaker 03's neutral and bored sentences stand in for a user's everyday voice.
const CALM = ['03a01Nc.wav', '03a02Nc.wav', '03a04Lc.wav', '03a07La.wav'].map((f) =>
  readWavMono(join(EMODB, f)),
);
const features = (file: { samples: Float32Array; sampleRate: number }, noiseAmplitude = 0) => {
  const samples = noiseAmplitude
    ? mix(file.samples, noise(2, file.sampleRate, noiseAmplitude, 9))
    : file.samples;
  return extractVoiceFeatures(samples, file.sampleRate).vector;
};
const meanStress = (baseline: VoiceBaseline, vectors: Float32Array[]) =>
  vectors.reduce((sum, v) => sum + (baseline.observe(v).stress ?? 0), 0) / vectors.length;

function calibrated(): VoiceBaseline {
  const baseline = new VoiceBaseline();
  for (let round = 0; round < 3; round++) for (const file of CALM) baseline.observe(features(file));
  return baseline;
}

describe('VoiceBaseline', () => {
  it('calibrates first, then reads an angry sentence as more stressed than calm ones', () => {
    const fresh = new VoiceBaseline();
    expect(fresh.observe(features(CALM[0]!)).calibrating).toBe(true);
    const baseline = calibrated();
    const calm = meanStress(
      baseline,
      CALM.map((f) => features(f)),
    );
    const angry = baseline.observe(features(readWavMono(join(EMODB, '03a01Wa.wav'))));
    expect(angry.calibrating).toBe(false);
    expect(angry.indicators.raisedPitch).toBeGreaterThan(0.5);
    expect(angry.stress!).toBeGreaterThan(calm + 0.15);
  });

  it('does not read a steady fan (white noise about 20 dB under the speech) as stress once it adapts', () => {
    const baseline = calibrated();
    const clean = meanStress(
      baseline,
      CALM.map((f) => features(f)),
    );
    const noisy = CALM.map((f) => features(f, 0.01));
    const firstNoisy = meanStress(baseline, noisy);
    for (let round = 0; round < 8; round++) meanStress(baseline, noisy);
    const adapted = meanStress(baseline, noisy);
    expect(firstNoisy).toBeLessThan(clean + 0.2);
    expect(adapted).toBeLessThan(clean + 0.05);
  });

  it("centres the emotion model's input on the user's mean and divides by the model's scale", () => {
    const baseline = calibrated();
    const angry = features(readWavMono(join(EMODB, '03a01Wa.wav')));
    const scale = new Float64Array(angry.length).fill(2);
    const input = baseline.centred(angry, scale);
    input.forEach((value, i) => expect(value).toBeCloseTo((angry[i]! - baseline.mean[i]!) / 2, 3));
  });

  it('ignores segments without speech: no reading and no learning', () => {
    const baseline = calibrated();
    const before = baseline.count;
    const reading = baseline.observe(extractVoiceFeatures(noise(2, 16_000, 0.05), 16_000).vector);
    expect(reading.stress).toBeNull();
    expect(baseline.count).toBe(before);
  });
});
