import { describe, expect, it } from 'vitest';
import { burnoutFromRecords, dashboardInputs } from './records';
import { sessionFigures } from './readings';

const session = (id: string, startedAt: string) => ({
  id,
  started_at: startedAt,
  ended_at: null,
  topic: null,
  total_stress_score: 55,
  dominant_emotion: 'neutral' as const,
  burnout_risk_level: null,
  notes: null,
  summary: null,
});
const log = (sessionId: string, recordedAt: string, stress: number) => ({
  session_id: sessionId,
  recorded_at: recordedAt,
  face_emotion: null,
  face_confidence: null,
  voice_emotion: null,
  voice_confidence: null,
  text_emotion: null,
  text_confidence: null,
  final_emotion: 'sad' as const,
  final_confidence: 0.8,
  stress_score: stress,
  hidden_stress_detected: false,
  face_features: null,
  voice_features: null,
  text_keywords: null,
  face_arousal: null,
  face_valence: null,
  voice_stress: null,
  voice_tone: null,
  text_sentiment: null,
  text_risk_level: null,
});

const ids = ['0f3c2a9e-0000-4000-8000-00000000000a', '0f3c2a9e-0000-4000-8000-00000000000b'];
const records = {
  sessions: [
    session(ids[0]!.toUpperCase(), '2026-03-01T10:00:00.000Z'),
    session(ids[1]!, '2026-03-02T10:00:00.000Z'),
  ],
  emotionLogs: [
    log(ids[0]!, '2026-03-01T10:01:00.000Z', 70),
    log(ids[0]!, '2026-03-01T10:02:00.000Z', 90),
  ],
  journal: [{ mood: 4, text: 'x', tags: [], occurred_at: '2026-03-01T21:00:00.000Z' }],
};

describe('dashboard inputs from synced records', () => {
  it('uses a session’s readings, or its own summary when it has none, whatever the id’s case', () => {
    const { sessions, buckets, journal } = dashboardInputs(records);
    expect(sessionFigures(sessions, buckets).map((s) => [s.meanStress, s.peakStress])).toEqual([
      [80, 90],
      [55, 55],
    ]);
    expect(journal).toEqual([{ at: Date.parse('2026-03-01T21:00:00.000Z'), mood: 4 }]);
  });

  it('gives the device a burnout answer offline: not enough data with two sessions', () => {
    expect(burnoutFromRecords(records, Date.parse('2026-03-03T00:00:00Z'))).toMatchObject({
      status: 'not_enough_data',
      sessionsCounted: 2,
    });
  });
});
