import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../core/emotions';
import type { FusedReading } from '../../../core/fusion/types';
import { analyzeText } from '../../../core/text/analyze';
import type { TextReading } from '../../../workers/text/reading';
import { emotionLogRow } from './turn-records';

const probabilities = Object.fromEntries(EMOTIONS.map((e) => [e, e === 'sad' ? 0.7 : 0.05]));
const fused = {
  emotion: 'sad',
  probabilities,
  confidence: 0.7,
  valence: -0.6,
  arousal: 0.3,
  stress: 72.4,
  hiddenStress: null,
  weights: { text: 1 },
  calibrating: false,
  at: 0,
} as unknown as FusedReading;

const text = 'My boss keeps piling on work and the deadline is tomorrow, I am so stressed.';
const reading: TextReading = {
  ...analyzeText(text),
  type: 'text',
  emotion: {
    emotion: 'sad',
    probabilities,
    confidence: 0.7,
    uncertain: false,
  } as TextReading['emotion'],
  encoder: null,
  ms: { rules: 1, model: 1, encoder: 0, total: 2 },
};

describe('emotionLogRow', () => {
  it('keeps labels and scores only: no word the person wrote is in the row', () => {
    const row = emotionLogRow(fused, reading, Date.UTC(2026, 0, 1));
    expect(row).toMatchObject({
      final_emotion: 'sad',
      text_emotion: 'sad',
      stress_score: 72,
      hidden_stress_detected: false,
      recorded_at: '2026-01-01T00:00:00.000Z',
    });
    const stored = JSON.stringify(row);
    for (const word of ['boss', 'deadline', 'piling']) expect(stored).not.toContain(word);
    expect(row.text_keywords).toEqual(expect.arrayContaining(['work']));
  });

  it('leaves the text fields empty when the text worker could not read the message', () => {
    const row = emotionLogRow(fused, undefined, 0);
    expect(row.text_emotion).toBeNull();
    expect(row.text_keywords).toBeNull();
    expect(row.final_emotion).toBe('sad');
  });
});
