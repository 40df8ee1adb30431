import { describe, expect, it } from 'vitest';
import { createSentenceGate } from './sentences';

const feed = (tokens: string[]) => {
  const gate = createSentenceGate();
  const released = tokens.flatMap((token) => gate.push(token));
  return { released, rest: gate.rest() };
};

describe('createSentenceGate', () => {
  it('releases a sentence only once the next one has begun', () => {
    const gate = createSentenceGate();
    expect(gate.push('That sounds ')).toEqual([]);
    expect(gate.push('hard. ')).toEqual([]);
    expect(gate.push('What')).toEqual(['That sounds hard. ']);
    expect(gate.rest()).toBe('What');
  });

  it('keeps abbreviations, decimals, ellipses and quotes inside their sentence', () => {
    expect(
      feed(['Dr. Lee said 3.5 hours, e.g. a nap. ', '"Really?" ', 'Yes… ', 'Then rest.']),
    ).toEqual({
      released: ['Dr. Lee said 3.5 hours, e.g. a nap. ', '"Really?" ', 'Yes… '],
      rest: 'Then rest.',
    });
  });

  it('ends a sentence at a line break', () => {
    expect(feed(['One thing:\n', '- breathe'])).toEqual({
      released: ['One thing:\n'],
      rest: '- breathe',
    });
  });
});
