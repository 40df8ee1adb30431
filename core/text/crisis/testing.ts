/**
 * The crisis rules' tests share this. A disclosure must come out at its level from the whole
 * detector (the learned classifier only ever raises). A look-alike must be none by the rules; the
 * classifier's own false alarms are a measured rate (models/safety/MODEL_CARD.md), and
 * crisis-model.test.ts checks it leaves idioms, denials and pleasantries alone.
 */
import { expect } from 'vitest';
import { detectCrisis, detectRulesCrisis } from './detect.ts';

export function expectLevel(expected: 'none' | 'elevated' | 'severe', texts: string[]): void {
  for (const text of texts) {
    const found = expected === 'none' ? detectRulesCrisis(text).level : detectCrisis(text).level;
    expect(found, text).toBe(expected);
  }
}
