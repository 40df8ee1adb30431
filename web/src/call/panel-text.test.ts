import { describe, expect, it } from 'vitest';
import type { FusedReading } from '../../../core/fusion/types';
import { formatElapsed, NOT_READ_YET, panelText, whySentence } from './panel-text';
import { feelingWord, stressWord } from './feeling-words';

const fused = (over: Partial<FusedReading>) =>
  ({
    emotion: 'fearful',
    confidence: 0.634,
    stress: 63.6,
    hiddenStress: null,
    calibrating: false,
    weights: { face: 0.7, text: 0.3 },
    stressParts: { face: 0.8, textNegativity: 0.2 },
    ...over,
  }) as FusedReading;

describe('panelText', () => {
  it('before anything is read: the initial text, no figure, no shares', () => {
    expect(panelText(null, true)).toMatchObject({
      emotion: NOT_READ_YET,
      stress: null,
      shares: '',
      hidden: null,
      calibrating: true,
    });
  });

  it('names the feeling with its confidence, the stress 0-100 and the shares, largest first', () => {
    const text = panelText(fused({ weights: { text: 0.25, face: 0.6, voice: 0.15 } }), false);
    expect(text.emotion).toBe('You seem worried (63 % sure)');
    expect(text.stress).toBe(64);
    expect(text.shares).toBe('Face 60 % · Words 25 % · Voice 15 %');
    expect(panelText(fused({ weights: { face: 1 } }), false).shares).toBe(
      'Face 100 % · Words: stress only',
    );
    expect(text.why).toBe(
      'Read mostly from your face; stress comes most from tension in your face.',
    );
    expect(text.calibrating).toBe(false);
  });

  it('stays calibrating when fusion says so, and clamps the figure', () => {
    const text = panelText(fused({ calibrating: true, stress: 104 }), false);
    expect(text.calibrating).toBe(true);
    expect(text.stress).toBe(100);
  });

  it('puts hidden stress gently in one sentence', () => {
    const hidden = {
      pattern: 'smile_negative_text',
      reason: 'Your face smiles while your words are heavy.',
    };
    const text = panelText(fused({ emotion: 'happy', hiddenStress: hidden }), false);
    expect(text.hidden).toBe(
      'There may be more going on than shows: your face smiles while your words are heavy.',
    );
    // Not "You seem upbeat" over heavy words: the look is named as a look.
    expect(text.emotion).toBe(
      'Mixed signals: you look upbeat (63 % sure), but not everything agrees',
    );
  });
});

describe('whySentence', () => {
  it('says when no signal is confident and stress is low', () => {
    expect(whySentence([], {})).toBe(
      'No signal is confident enough to name a feeling yet; stress looks low.',
    );
  });

  it('weighs the stress parts by their share of the score', () => {
    // Voice 0.5 × 0.30 beats blink 1.0 × 0.10.
    expect(whySentence([['voice', 1]], { voice: 0.5, blink: 1 })).toBe(
      'Read mostly from your voice; stress comes most from strain in your voice.',
    );
    expect(whySentence([['text', 1]], { textRisk: 1 })).toMatch(
      /worrying words in what you wrote\.$/,
    );
  });
});

describe('words', () => {
  it('formats the call time', () => {
    expect([0, 5_400, 65_000, 3_725_000].map(formatElapsed)).toEqual([
      '0:00',
      '0:05',
      '1:05',
      '1:02:05',
    ]);
  });

  it('gives the figure and the feeling a word', () => {
    expect([10, 40, 69, 70].map(stressWord)).toEqual(['low', 'moderate', 'moderate', 'high']);
    expect(feelingWord('sad')).toBe('low');
  });
});
