import { describe, expect, it } from 'vitest';
import { moodFromSession } from './mood-from-session';

describe('moodFromSession', () => {
  it('starts from the main feeling and moves a step per 25 points of stress from 50', () => {
    expect(moodFromSession({ dominant_emotion: 'happy', mean_stress: 20, peak_stress: 40 })).toBe(
      9,
    );
    expect(moodFromSession({ dominant_emotion: 'sad', mean_stress: 80, peak_stress: 85 })).toBe(2);
    expect(
      moodFromSession({ dominant_emotion: 'neutral', mean_stress: null, peak_stress: null }),
    ).toBe(6);
    expect(moodFromSession({ dominant_emotion: null, mean_stress: 50, peak_stress: 60 })).toBe(5);
  });

  it('never prefills a good day after a call whose stress peaked high', () => {
    expect(moodFromSession({ dominant_emotion: 'neutral', mean_stress: 30, peak_stress: 92 })).toBe(
      3,
    );
    expect(moodFromSession({ dominant_emotion: 'happy', mean_stress: 20, peak_stress: 75 })).toBe(
      5,
    );
  });

  it('stays on the 1-10 scale', () => {
    expect(moodFromSession({ dominant_emotion: 'sad', mean_stress: 100, peak_stress: 100 })).toBe(
      1,
    );
    expect(moodFromSession({ dominant_emotion: 'happy', mean_stress: 0, peak_stress: 10 })).toBe(
      10,
    );
  });
});
