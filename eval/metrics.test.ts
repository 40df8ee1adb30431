import { describe, expect, it } from 'vitest';
import { classificationReport } from './metrics';

describe('classificationReport', () => {
  it('computes accuracy, per-class and averaged F1 and the confusion matrix', () => {
    const report = classificationReport(['a', 'b'], ['a', 'a', 'a', 'b'], ['a', 'a', 'b', 'b']);
    expect(report.accuracy).toBe(0.75);
    expect(report.per_class.a).toEqual({ precision: 1, recall: 0.667, f1: 0.8, support: 3 });
    expect(report.per_class.b).toEqual({ precision: 0.5, recall: 1, f1: 0.667, support: 1 });
    expect(report.macro_f1).toBe(0.733);
    expect(report.weighted_f1).toBe(0.767);
    expect(report.confusion.matrix).toEqual([
      [2, 1],
      [0, 1],
    ]);
  });

  it('refuses labels outside the set instead of miscounting them', () => {
    expect(() => classificationReport(['a'], ['a'], ['z'])).toThrow(/outside the set/);
  });
});
