/**
 * The call's panel when someone smiles while writing that they are stressed (the README's call
 * screenshot: a laughing face, then "I'm so stressed about the deadline"). The text worker's real
 * output for that sentence is used: the classifier and the sentence encoder agree on fearful, but
 * only at 0.56, under the 0.6 every modality's "uncertain" line.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_BASELINE } from '../../../core/fusion';
import { NOW, peaked } from '../../../core/fusion/test-readings';
import type { FusedReading, ModalityReading } from '../../../core/fusion/types';
import { analyzeText } from '../../../core/text/analyze';
import { estimateFrom } from '../../../workers/shared/estimate';
import type { FaceReading } from '../../../workers/face/reading';
import type { TextReading } from '../../../workers/text/reading';
import { messageModalityReading } from '../chat/message-reading';
import { followingMessage } from '../chat/parts';
import { CallFusion } from './call-fusion';
import { stressWord } from './feeling-words';
import { panelText } from './panel-text';
import { faceModalityReading } from './readings';

/**
 * The text worker's output (classifier + sentence encoder, workers/text) for each message, in
 * EMOTIONS order, measured with `npx tsx` over models/text and models/encoder.
 */
const WORKER_PROBABILITIES: Record<string, number[]> = {
  "I'm so stressed about the deadline": [0.12, 0.02, 0.56, 0.06, 0.07, 0.1, 0.07],
  // The screenshot's second message: neutral on top, 0.39.
  "There's just too much to do and I don't know where to start": [
    0.14, 0.01, 0.1, 0.09, 0.39, 0.11, 0.16,
  ],
  // A factual follow-up (not measured: any neutral-leaning reading will do).
  "It's due Friday.": [0.05, 0.02, 0.08, 0.1, 0.6, 0.05, 0.1],
};

const smilingFace = {
  type: 'face',
  emotion: 'happy',
  probabilities: peaked('happy', 0.62),
  confidence: 0.62,
  uncertain: false,
  valence: 0.5,
  arousal: 0.2,
  blinkRatePerMinute: 17,
  browTension: 0.1,
  jawTension: 0.15,
  box: { x: 0.3, y: 0.2, width: 0.3, height: 0.4 },
} as FaceReading;

const workerReading = (text: string): TextReading => ({
  type: 'text',
  ...analyzeText(text),
  emotion: estimateFrom(WORKER_PROBABILITIES[text]!),
  encoder: null,
  ms: { rules: 0, model: 0, encoder: 0, total: 0 },
});

/**
 * A call a few seconds old with a smiling face streaming at 15 frames a second, and the messages
 * sent ten seconds apart the way the chat's send path reads them; the panel a second after the last.
 */
function panelAfter(...messages: string[]) {
  let fused: FusedReading | null = null;
  const startedAt = NOW - 5_000;
  const call = new CallFusion(EMPTY_BASELINE, startedAt, (f) => (fused = f));
  let at = NOW - 2_000;
  const frames = (until: number) => {
    for (; at < until; at += 66) call.push(faceModalityReading(smilingFace, at));
  };
  let earlier: ModalityReading | undefined;
  messages.forEach((text, i) => {
    const sentAt = NOW + i * 10_000;
    frames(sentAt);
    earlier = followingMessage(messageModalityReading(text, workerReading(text), sentAt), earlier);
    call.update({ readings: { text: earlier }, now: sentAt });
  });
  frames(NOW + (messages.length - 1) * 10_000 + 1_000);
  return panelText(fused, true);
}

describe('a smiling face while the words say stressed', () => {
  it('is not read as upbeat: the words count, raise the stress and the panel says the signals disagree', () => {
    expect(
      estimateFrom(WORKER_PROBABILITIES["I'm so stressed about the deadline"]!).uncertain,
    ).toBe(true);
    const panel = panelAfter("I'm so stressed about the deadline");
    expect(panel.emotion).not.toMatch(/^You seem upbeat/);
    expect(panel.hidden).toMatch(/what you wrote/);
    expect(panel.shares).not.toContain('Words: stress only');
    expect(panel.shares).toMatch(/Words \d+ %/);
    expect(stressWord(panel.stress!)).not.toBe('low');
    expect(panel.why).toContain('stress comes most from the stress you wrote about');
  });

  it('keeps the stress said a moment ago through a follow-up that does not repeat it', () => {
    for (const next of [
      "There's just too much to do and I don't know where to start",
      "It's due Friday.",
    ]) {
      const panel = panelAfter("I'm so stressed about the deadline", next);
      expect(panel.emotion, next).not.toMatch(/^You seem upbeat/);
      expect(panel.hidden, next).toMatch(/what you wrote/);
      expect(stressWord(panel.stress!), next).not.toBe('low');
    }
  });
});
