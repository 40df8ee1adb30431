import { describe, expect, it } from 'vitest';
import { EMPTY_BASELINE } from '../../../core/fusion';
import { NOW, peaked, reading, SETTLED } from '../../../core/fusion/test-readings';
import type { FusedReading } from '../../../core/fusion/types';
import type { FaceReading } from '../../../workers/face/reading';
import type { VoiceReading } from '../../../workers/voice/reading';
import { CallFusion } from './call-fusion';
import { streamLogRow } from './log-row';
import { faceModalityReading, voiceModalityReading } from './readings';

const face = (over: Partial<FaceReading> = {}): FaceReading =>
  ({
    type: 'face',
    emotion: 'happy',
    probabilities: peaked('happy', 0.8),
    confidence: 0.8,
    uncertain: false,
    valence: 0.6,
    arousal: 0.2,
    blinkRatePerMinute: 18,
    browTension: 0.1,
    jawTension: 0.3,
    box: { x: 0.3, y: 0.2, width: 0.3, height: 0.4 },
    ...over,
  }) as FaceReading;

const voice = (over: Partial<VoiceReading> = {}): VoiceReading =>
  ({
    type: 'voice',
    emotion: 'sad',
    probabilities: peaked('sad', 0.7),
    confidence: 0.7,
    uncertain: false,
    stress: 0.4,
    ...over,
  }) as VoiceReading;

describe('faceModalityReading', () => {
  it('carries the emotion, arousal on 0..1 and the stress cues', () => {
    expect(faceModalityReading(face(), NOW)).toMatchObject({
      modality: 'face',
      confidence: 0.8,
      arousal: 0.6,
      quality: 1,
      at: NOW,
      cues: { faceArousal: 0.6, faceTension: 0.3, blinkRatePerMinute: 18 },
    });
  });

  it('keeps an uncertain face’s cues but not its emotion, and reads a small face with less quality', () => {
    const read = faceModalityReading(
      face({ uncertain: true, box: { x: 0, y: 0, width: 0.05, height: 0.1 } }),
      NOW,
    );
    expect(read.confidence).toBe(0);
    expect(read.probabilities.neutral).toBe(1);
    expect(read.quality).toBeCloseTo(0.25);
    expect(read.cues?.faceTension).toBe(0.3);
  });
});

describe('voiceModalityReading', () => {
  it('passes vocal stress once the voice has its baseline', () => {
    expect(voiceModalityReading(voice(), NOW).cues).toEqual({ vocalStress: 0.4 });
    expect(voiceModalityReading(voice({ stress: null }), NOW).cues).toBeUndefined();
    expect(voiceModalityReading(voice({ uncertain: true }), NOW).confidence).toBe(0);
  });
});

describe('CallFusion', () => {
  it('fuses face, voice and words together, and leaves out a switched-off modality', () => {
    const seen: FusedReading[] = [];
    const fusion = new CallFusion(SETTLED, NOW - 120_000, (f) => seen.push(f));
    fusion.push(reading('face', 'happy'));
    fusion.push(reading('voice', 'happy'));
    const withText = fusion.update({
      readings: { text: reading('text', 'happy') },
      now: NOW,
      baseline: EMPTY_BASELINE,
    });
    expect(Object.keys(withText.weights).sort()).toEqual(['face', 'text', 'voice']);
    fusion.setOff('face', true);
    const without = fusion.push(reading('voice', 'happy'));
    expect(without.weights.face).toBeUndefined();
    expect(seen).toHaveLength(4);
  });

  it('calibrates in a newcomer’s first minute and builds the baseline from it afterwards', () => {
    const startedAt = NOW - 30_000;
    const fusion = new CallFusion(EMPTY_BASELINE, startedAt, () => undefined);
    const cues = { faceArousal: 0.5, faceTension: 0.2, blinkRatePerMinute: 15 };
    let last: FusedReading | undefined;
    for (let i = 0; i < 12; i++)
      last = fusion.push(reading('face', 'neutral', { at: startedAt + i * 1_000, cues }));
    expect(last?.calibrating).toBe(true);
    const after = fusion.push(reading('face', 'neutral', { at: startedAt + 61_000, cues }));
    expect(after.calibrating).toBe(false);
  });
});

describe('streamLogRow', () => {
  it('logs each modality’s labels and scores, and leaves an uncertain face’s emotion out', () => {
    const fused = new CallFusion(SETTLED, NOW - 120_000, () => undefined).push(
      faceModalityReading(face(), NOW),
    );
    const row = streamLogRow(fused, face({ uncertain: true }), voice(), NOW);
    expect(row).toMatchObject({
      face_emotion: null,
      face_arousal: 0.6,
      face_valence: 0.6,
      voice_emotion: 'sad',
      voice_confidence: 0.7,
      voice_stress: 0.4,
      text_emotion: null,
    });
    expect(row.final_emotion).toBe('happy');
  });
});
