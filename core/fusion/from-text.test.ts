import { describe, expect, it } from 'vitest';
import { analyzeText } from '../text/analyze';
import { fuseReadings } from './fuse';
import { followingMessage, textReading } from './from-text';
import { NOW, SETTLED, peaked, reading } from './test-readings';

const read = (text: string, withModel = true) =>
  textReading({
    text,
    analysis: analyzeText(text),
    probabilities: withModel ? peaked('sad', 0.8) : null,
    at: NOW,
  });

describe('text reading for fusion', () => {
  it('turns negative words into negativity and crisis language into risk', () => {
    expect(read('I feel awful and miserable today').cues!.textNegativity).toBeGreaterThan(0.3);
    expect(read('I want to kill myself tonight').cues!.textRisk).toBe(1);
    expect(read('Lunch was nice, thanks').cues!.textRisk).toBe(0);
  });

  it('without the model, drops out of the emotion but still raises stress', () => {
    const rulesOnly = read('I want to kill myself tonight', false);
    expect(rulesOnly.confidence).toBe(0);
    const fused = fuseReadings({
      readings: { face: reading('face', 'happy'), text: rulesOnly },
      baseline: SETTLED,
      now: NOW,
    });
    expect(Object.keys(fused.weights)).toEqual(['face']);
    expect(fused.stress).toBeGreaterThanOrEqual(90);
    expect(fused.hiddenStress?.pattern).toBe('smile_risky_text');
  });

  it('marks words that say the person is stressed, not a denial of it', () => {
    expect(read("I'm so stressed about the deadline").cues!.textStress).toBe(1);
    expect(read("I'm not stressed, just busy").cues!.textStress).toBeUndefined();
    expect(read('Lunch was nice, thanks').cues!.textStress).toBeUndefined();
  });

  it('a factual follow-up keeps the stress said a moment ago, fading over the text half-life', () => {
    const said = read("I'm so stressed about the deadline");
    const later = (ms: number) =>
      followingMessage({ ...read("It's due Friday"), at: NOW + ms }, said).cues!;
    expect(read("It's due Friday").cues!.textStress).toBeUndefined();
    expect(later(10_000).textStress).toBeGreaterThan(0.85);
    expect(later(10_000).textNegativity).toBeGreaterThan(0.45);
    expect(later(60_000).textStress).toBeCloseTo(0.5, 5);
    expect(later(180_000).textStress).toBeUndefined();
    expect(followingMessage(said, undefined)).toBe(said);
  });

  it('reads a one-word message with less quality than a sentence', () => {
    expect(read('fine').quality).toBeLessThan(read('I am doing fine today').quality);
  });
});
