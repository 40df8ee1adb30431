import { describe, expect, it } from 'vitest';
import { resample } from './resample';
import { sine } from './test-signals';

const rms = (x: Float32Array) => Math.sqrt(x.reduce((sum, v) => sum + v * v, 0) / x.length);
const crossings = (x: Float32Array) =>
  x.reduce((count, v, i) => count + (i && x[i - 1]! >= 0 !== v >= 0 ? 1 : 0), 0);

describe('resample', () => {
  it('keeps a tone in band: same frequency and level, one third the samples from 48 kHz', () => {
    const out = resample(sine(440, 1, 48_000), 48_000, 16_000);
    expect(out.length).toBe(16_000);
    expect(crossings(out.subarray(100, 16_000 - 100)) / 2).toBeCloseTo(440 * 0.9875, -1);
    expect(rms(out.subarray(100, -100))).toBeCloseTo(0.3 / Math.SQRT2, 2);
  });

  it('removes content above the new Nyquist instead of aliasing it', () => {
    const out = resample(sine(12_000, 1, 48_000), 48_000, 16_000);
    expect(rms(out.subarray(100, -100))).toBeLessThan(0.01);
  });

  it('handles the non-integer EmoDB ratio (22.05 kHz)', () => {
    const out = resample(sine(300, 2, 22_050), 22_050, 16_000);
    expect(out.length).toBe(32_000);
    expect(crossings(out) / 2 / 2).toBeCloseTo(300, -1);
  });
});
