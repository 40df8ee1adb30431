import { describe, expect, it } from 'vitest';
import { blinkScore, faceMetrics } from './face-metrics';

describe('eye openness and tension', () => {
  it('reads open, closed and tense faces', () => {
    expect(faceMetrics({}).eyeOpenness).toBe(1);
    expect(faceMetrics({ eyeBlinkLeft: 1, eyeBlinkRight: 1 }).eyeOpenness).toBe(0);
    expect(blinkScore({ eyeBlinkLeft: 0.8, eyeBlinkRight: 0.6 })).toBeCloseTo(0.7);
    expect(faceMetrics({ browDownLeft: 1, browDownRight: 1 }).browTension).toBeCloseTo(0.7);
    expect(faceMetrics({ mouthPressLeft: 0.8, mouthPressRight: 0.8 }).jawTension).toBeCloseTo(0.8);
    // Pressed lips with the mouth wide open are not a clenched jaw.
    expect(faceMetrics({ mouthPressLeft: 0.8, mouthPressRight: 0.8, jawOpen: 1 }).jawTension).toBe(
      0,
    );
  });
});
