import { describe, expect, it } from 'vitest';
import { NoiseFloorTracker } from './analyse';
import { estimateFrom } from '../shared/estimate';

describe('NoiseFloorTracker', () => {
  it('follows a quieter room at once and a louder one slowly', () => {
    const noise = new NoiseFloorTracker();
    noise.observe(-50);
    noise.observe(-60);
    expect(noise.floorDb).toBe(-60);
    noise.observe(-40);
    expect(noise.floorDb).toBeCloseTo(-56);
  });
});

describe('estimateFrom', () => {
  it('takes the top class and marks it uncertain below 0.6', () => {
    const sure = estimateFrom([0.05, 0, 0, 0.8, 0.15, 0, 0]);
    expect(sure).toMatchObject({ emotion: 'happy', confidence: 0.8, uncertain: false });
    expect(estimateFrom([0.3, 0, 0, 0.5, 0.2, 0, 0]).uncertain).toBe(true);
  });
});
