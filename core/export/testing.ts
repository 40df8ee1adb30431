/** A small history for the export tests: two sessions, readings, journal, feedback, a crisis moment. */
import type { ExportRecords } from './records';

const SESSION_A = '0f3c2a9e-0000-4000-8000-00000000000a';
const SESSION_B = '0f3c2a9e-0000-4000-8000-00000000000b';

const session = (id: string, started: string, ended: string) => ({
  id,
  started_at: started,
  ended_at: ended,
  topic: null,
  total_stress_score: null,
  dominant_emotion: null,
  burnout_risk_level: null,
  notes: null,
  summary: null,
});

const reading = (sessionId: string, at: string, emotion: 'sad' | 'happy', stress: number) => ({
  id: `log-${at}`,
  session_id: sessionId,
  recorded_at: at,
  face_emotion: null,
  face_confidence: null,
  voice_emotion: null,
  voice_confidence: null,
  text_emotion: emotion,
  text_confidence: 0.7,
  final_emotion: emotion,
  final_confidence: 0.7,
  stress_score: stress,
  hidden_stress_detected: false,
  face_features: null,
  voice_features: null,
  text_keywords: null,
  face_arousal: null,
  face_valence: null,
  voice_stress: null,
  voice_tone: null,
  text_sentiment: -0.4,
  text_risk_level: null,
});

export const HISTORY: ExportRecords = {
  sessions: [
    session(SESSION_A, '2026-03-01T09:00:00.000Z', '2026-03-01T09:20:00.000Z'),
    session(SESSION_B, '2026-03-03T18:00:00.000Z', '2026-03-03T18:10:00.000Z'),
  ],
  emotion_logs: [
    reading(SESSION_A, '2026-03-01T09:01:00.000Z', 'sad', 70),
    reading(SESSION_A, '2026-03-01T09:02:00.000Z', 'sad', 50),
    reading(SESSION_B, '2026-03-03T18:01:00.000Z', 'happy', 20),
  ],
  journal_entries: [
    {
      id: 'j1',
      mood: 4,
      text: 'Long day, "tired", but ok\nSecond line',
      tags: ['work', 'sleep'],
      occurred_at: '2026-03-01T21:00:00.000Z',
    },
    { id: 'j2', mood: 8, text: '=1+1', tags: [], occurred_at: '2026-03-04T08:00:00.000Z' },
  ],
  feedback: [
    {
      id: 'f1',
      session_id: SESSION_A,
      message_id: null,
      suggestion_type: 'box_breathing',
      was_helpful: true,
      rating: 5,
      comment: null,
      created_at: '2026-03-01T09:10:00.000Z',
    },
    {
      id: 'f2',
      session_id: SESSION_B,
      message_id: null,
      suggestion_type: 'short_walk',
      was_helpful: false,
      rating: 2,
      comment: null,
      created_at: '2026-03-03T18:05:00.000Z',
    },
  ],
  crisis_events: [
    {
      id: 'c1',
      at: '2026-03-03T18:03:00.000Z',
      level: 'elevated',
      reason: 'hopelessness',
      source: 'chat',
    },
  ],
};
