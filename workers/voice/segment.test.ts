import { describe, expect, it } from 'vitest';
import { analyseAndDropSegment } from './segment';
import { sine } from './features/test-signals';

/** Every array-like value reachable from `value`. */
function arraysIn(value: unknown, found: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) found.push(value);
  else if (value && typeof value === 'object')
    for (const child of Object.values(value)) arraysIn(child, found);
  return found;
}

describe('analyseAndDropSegment (privacy)', () => {
  it('returns only numbers and leaves no audio behind', () => {
    const audio = sine(220, 2, 16_000);
    const buffer = audio.buffer as ArrayBuffer;
    const result = analyseAndDropSegment(buffer, 16_000);

    expect(buffer.byteLength).toBe(0);
    expect(audio.length).toBe(0);
    const arrays = arraysIn(result);
    for (const array of arrays) {
      expect(array.buffer).not.toBe(buffer);
      expect(array.byteLength).toBeLessThan(1_000);
    }
    const leaves = JSON.stringify(result, (_, v: unknown) =>
      ArrayBuffer.isView(v) ? Array.from(v as Float32Array) : v,
    );
    expect(leaves).toMatch(/^[{}[\]":,\w.\-+]*$/);
    expect(result.summary.f0MeanHz).toBeCloseTo(220, -0.5);
  });

  it('still drops the audio when analysis throws', () => {
    const buffer = new Float32Array(16_000).fill(0.1).buffer;
    expect(() => analyseAndDropSegment(buffer, Number.NaN)).toThrow();
    expect(buffer.byteLength).toBe(0);
  });
});
