/**
 * The crisis tests share this: every case, a disclosure or a look-alike, is checked against the
 * whole shipped detector (the rules and the learned classifier, as `detectCrisis` returns them), so
 * a look-alike the rules settle must also stay where the classifier cannot raise it.
 */
import { expect } from 'vitest';
import { detectCrisis } from './detect';

export function expectLevel(expected: 'none' | 'elevated' | 'severe', texts: string[]): void {
  for (const text of texts) expect(detectCrisis(text).level, text).toBe(expected);
}
