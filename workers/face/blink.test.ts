import { describe, expect, it } from 'vitest';
import { BlinkCounter } from './blink';

/** 15 fps frames of a blink score: open (0.05) with blinks of `closedFrames` at the given seconds. */
function run(counter: BlinkCounter, seconds: number, blinksAt: number[], closedFrames = 3): number {
  let rate = 0;
  for (let frame = 0; frame <= seconds * 15; frame++) {
    const t = (frame / 15) * 1000;
    const closed = blinksAt.some((s) => frame >= s * 15 && frame < s * 15 + closedFrames);
    rate = counter.update(closed ? 0.9 : 0.05, t);
  }
  return rate;
}

describe('BlinkCounter', () => {
  it('counts 15 blinks in a minute as 15 per minute', () => {
    const blinks = Array.from({ length: 15 }, (_, i) => 2 + i * 4);
    expect(run(new BlinkCounter(), 60, blinks)).toBe(15);
  });

  it('does not count eyes kept shut for two seconds, nor a score that hovers mid-way', () => {
    const counter = new BlinkCounter();
    expect(run(counter, 20, [5], 30)).toBe(0);
    let rate = 0;
    for (let i = 0; i < 300; i++) rate = counter.update(i % 2 ? 0.45 : 0.35, 20_000 + i * 66);
    expect(rate).toBe(0);
  });

  it('forgets blinks older than a minute, and starts over after reset', () => {
    const counter = new BlinkCounter();
    run(counter, 10, [2, 4, 6]);
    let rate = 0;
    for (let t = 10_000; t <= 80_000; t += 66) rate = counter.update(0.05, t);
    expect(rate).toBe(0);
    counter.reset();
    expect(run(counter, 5, [1])).toBe(6); // one blink, extrapolated from the 10 s minimum
  });
});
