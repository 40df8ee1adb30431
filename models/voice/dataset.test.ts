import { describe, expect, it } from 'vitest';
import { normaliseBySpeaker, withinSpeakerStd, type Utterance } from './dataset';

const utterance = (speaker: string, ...features: number[]): Utterance => ({
  file: `${speaker}.wav`,
  corpus: 'emodb',
  speaker,
  label: 'neutral',
  features: Float32Array.from(features),
});

describe('speaker normalisation', () => {
  // Speaker b is speaker a shifted by 100 (another voice or microphone) with the same spread.
  const utterances = [
    utterance('a', 1, 10),
    utterance('a', 3, 30),
    utterance('b', 101, 10),
    utterance('b', 103, 30),
  ];

  it('measures the spread around each speaker’s own mean, not between speakers', () => {
    expect(Array.from(withinSpeakerStd(utterances))).toEqual([1, 10]);
  });

  it('removes who is speaking: both speakers map to the same centred, scaled input', () => {
    const x = normaliseBySpeaker(utterances, [1, 10]).map((row) => Array.from(row));
    expect(x).toEqual([
      [-1, -1],
      [1, 1],
      [-1, -1],
      [1, 1],
    ]);
  });
});
