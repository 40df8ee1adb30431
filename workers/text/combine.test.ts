import { describe, expect, it } from 'vitest';
import { combineWithSentiment, type CombinationWeights } from './combine';
import { messageEvidence } from './evidence';

const zeros = () => [0, 0, 0, 0, 0, 0, 0];
const WEIGHTS: CombinationWeights = {
  valence: zeros(),
  magnitude: zeros(),
  noEvidence: zeros(),
  surpriseCue: zeros(),
  offset: zeros(),
  abstention: { minValence: 0.3, maxWords: 2, margin: 0.5 },
};
// Surprise narrowly ahead of neutral, as a Reddit-trained classifier reads "Oh."
const LEANING_SURPRISE = [0.02, 0.02, 0.02, 0.04, 0.4, 0.02, 0.48];
const top = (p: number[]) => p.indexOf(Math.max(...p));

describe('evidence and abstention', () => {
  it('finds surprise cues and counts words', () => {
    expect(messageEvidence('What?!', 0)).toEqual({ valence: 0, surpriseCue: true, words: 1 });
    expect(messageEvidence('Oh my God, no way', 0).surpriseCue).toBe(true);
    expect(messageEvidence('Oh.', 0)).toEqual({ valence: 0, surpriseCue: false, words: 1 });
    expect(messageEvidence('wowza', 0).surpriseCue).toBe(false);
  });

  it('reads a short turn without evidence as neutral', () => {
    const p = combineWithSentiment(LEANING_SURPRISE, messageEvidence('Oh.', 0), WEIGHTS);
    expect(top(p)).toBe(4);
  });

  it('keeps the emotion with evidence, a cue or more words', () => {
    for (const [text, valence] of [
      ['Oh no.', -0.46],
      ['What?!', 0],
      ['So what are you doing tonight?', 0],
    ] as const) {
      const p = combineWithSentiment(LEANING_SURPRISE, messageEvidence(text, valence), WEIGHTS);
      expect(top(p)).toBe(6);
    }
  });
});
