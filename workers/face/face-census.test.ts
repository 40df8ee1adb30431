import { describe, expect, it } from 'vitest';
import { FaceCensus } from './face-census';

describe('FaceCensus', () => {
  it('tracks one face until a census sees a second one, then looks for two at once', () => {
    const census = new FaceCensus(1_000, 3);
    expect(census.faces).toBe(1);
    expect(census.due(0)).toBe(true);
    expect(census.record(1, 0)).toBe(1);
    expect(census.due(500)).toBe(false);
    expect(census.due(1_000)).toBe(true);
    expect(census.record(2, 1_000)).toBe(2);
  });

  it('goes back to one face only after several censuses in a row without a second', () => {
    const census = new FaceCensus(1_000, 3);
    census.record(3, 0);
    expect(census.record(1, 1_000)).toBe(2);
    expect(census.record(0, 2_000)).toBe(2);
    expect(census.record(2, 3_000)).toBe(2); // the second face came back: start counting again
    expect(census.record(1, 4_000)).toBe(2);
    expect(census.record(1, 5_000)).toBe(2);
    expect(census.record(1, 6_000)).toBe(1);
  });

  it('takes a census at once when the clock goes backwards (a new stream)', () => {
    const census = new FaceCensus(1_000, 3);
    census.record(1, 50_000);
    expect(census.due(10)).toBe(true);
  });

  it('starts over on reset', () => {
    const census = new FaceCensus(1_000, 3);
    census.record(2, 0);
    census.reset();
    expect(census.faces).toBe(1);
    expect(census.due(0)).toBe(true);
  });
});
