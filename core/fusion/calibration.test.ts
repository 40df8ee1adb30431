import { describe, expect, it } from 'vitest';
import { buildBaseline, CALIBRATION_MS, EMPTY_BASELINE, isCalibrating } from './calibration';
import { fuseReadings } from './fuse';
import { NOW, reading } from './test-readings';

const start = NOW - 30_000;
const faceAt = (at: number, blink: number, arousal: number) =>
  reading('face', 'neutral', { at, cues: { blinkRatePerMinute: blink, faceArousal: arousal } });

describe('calibration', () => {
  it('builds the baseline from the first minute only, and stress from past sessions', () => {
    const readings = [
      ...Array.from({ length: 12 }, (_, i) => faceAt(start + i * 1_000, 10 + (i % 2) * 2, 0.4)),
      faceAt(start + CALIBRATION_MS + 1, 60, 1),
    ];
    const baseline = buildBaseline({
      readings,
      sessionStartedAt: start,
      pastSessionStress: [20, 40],
    });
    expect(baseline).toMatchObject({ stress: 30, blinkRatePerMinute: 11, samples: 12 });
    expect(baseline.faceArousal).toBeCloseTo(0.4);
  });

  it('keeps what past sessions knew when this minute lacks it', () => {
    const previous = { stress: 25, blinkRatePerMinute: 14, faceArousal: 0.45, samples: 200 };
    expect(buildBaseline({ readings: [], sessionStartedAt: start, previous })).toEqual(previous);
  });

  it('says calibrating in the first minute for a newcomer, and not after it with enough samples', () => {
    const newcomer = { ...EMPTY_BASELINE, samples: 50 };
    expect(isCalibrating(newcomer, start + 10_000, start)).toBe(true);
    expect(isCalibrating(newcomer, start + CALIBRATION_MS, start)).toBe(false);
    expect(isCalibrating({ ...newcomer, samples: 3 }, start + CALIBRATION_MS, start)).toBe(true);
    expect(isCalibrating({ ...newcomer, stress: 30 }, start + 10_000, start)).toBe(false);
  });

  it('marks fused readings while calibrating', () => {
    const fused = fuseReadings({
      readings: { face: reading('face', 'happy') },
      baseline: EMPTY_BASELINE,
      now: NOW,
      sessionStartedAt: start,
    });
    expect(fused.calibrating).toBe(true);
    expect(fused.stressVsUsual).toBeNull();
  });
});
