import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CLOCK_AHEAD_MS } from './constants';
import { HybridLogicalClock, compareHlc, formatHlc, parseHlc } from './hlc';

describe('HybridLogicalClock', () => {
  it('keeps ticking forward when the wall clock stands still or goes back', () => {
    let now = 1_000;
    const clock = new HybridLogicalClock('dev-a', () => now);
    const first = clock.tick();
    now = 500;
    const second = clock.tick();
    const third = clock.tick();
    expect(compareHlc(first, second)).toBe(-1);
    expect(compareHlc(second, third)).toBe(-1);
  });

  it('orders local events after any remote timestamp it has received', () => {
    const remote = new HybridLogicalClock('dev-b', () => 9_000).tick();
    const local = new HybridLogicalClock('dev-a', () => 1_000);
    local.receive(remote);
    expect(compareHlc(local.tick(), remote)).toBe(1);
  });

  it('ignores a remote clock further ahead than the server accepts', () => {
    const local = new HybridLogicalClock('dev-a', () => 1_000);
    local.receive(formatHlc({ wallMs: 1_000 + MAX_CLOCK_AHEAD_MS + 1, counter: 0, node: 'x' }));
    expect(parseHlc(local.tick()).wallMs).toBe(1_000);
  });

  it('stamps with the server-corrected clock once it has heard the server time', () => {
    const hoursAhead = 25 * 3_600_000;
    let now = 1_000_000 + hoursAhead;
    const clock = new HybridLogicalClock('dev-a', () => now);
    const wrong = clock.tick();
    clock.adoptServerTime(1_000_000);
    // The wrong timestamp is no longer followed: the next one is in real (server) time.
    expect(parseHlc(clock.tick()).wallMs).toBe(1_000_000);
    now += 5;
    expect(parseHlc(clock.tick()).wallMs).toBe(1_000_005);
    expect(compareHlc(wrong, clock.tick())).toBe(1);
    expect(clock.offsetMs).toBe(-hoursAhead);
  });

  it('keeps following its own recent timestamps when the correction is small', () => {
    const clock = new HybridLogicalClock('dev-a', () => 10_000);
    const last = clock.tick();
    clock.adoptServerTime(9_000);
    expect(compareHlc(clock.tick(), last)).toBe(1);
  });

  it('remembers a saved offset across restarts', () => {
    const clock = new HybridLogicalClock('dev-a', () => 10_000, undefined, -4_000);
    expect(parseHlc(clock.tick()).wallMs).toBe(6_000);
  });

  it('resumes after its own saved timestamp even when the device clock was set back', () => {
    const saved = new HybridLogicalClock('dev-a', () => 10 * 86_400_000).tick();
    const restarted = new HybridLogicalClock('dev-a', () => 1_000, saved);
    expect(compareHlc(restarted.tick(), saved)).toBe(1);
  });

  it('sorts as strings exactly as it sorts as parts', () => {
    const part = fc.record({
      wallMs: fc.integer({ min: 0, max: 2 ** 45 }),
      counter: fc.integer({ min: 0, max: 36 ** 4 - 1 }),
      node: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    });
    fc.assert(
      fc.property(part, part, (a, b) => {
        const byParts =
          a.wallMs - b.wallMs ||
          a.counter - b.counter ||
          (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(byParts));
        expect(parseHlc(formatHlc(a))).toEqual(a);
      }),
      { seed: 7 },
    );
  });
});
