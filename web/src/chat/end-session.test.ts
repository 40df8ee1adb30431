import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../store/db';
import { localStore } from '../store/local-store';
import {
  addChatEmotionLog,
  addChatMessage,
  openSession,
  rateSuggestion,
  startChatSession,
} from './chat-store';
import { endConversation } from './end-session';

beforeEach(async () => {
  await localStore.reset();
});

const log = (stress: number, at: string) => ({
  recorded_at: at,
  face_emotion: null,
  face_confidence: null,
  voice_emotion: null,
  voice_confidence: null,
  text_emotion: 'sad' as const,
  text_confidence: 0.8,
  final_emotion: 'sad' as const,
  final_confidence: 0.8,
  stress_score: stress,
  hidden_stress_detected: false,
  face_features: null,
  voice_features: null,
  text_keywords: ['work'],
  face_arousal: null,
  face_valence: null,
  voice_stress: null,
  voice_tone: null,
  text_sentiment: -0.5,
  text_risk_level: 'none' as const,
});

describe('endConversation', () => {
  it('stores the summary with the session, counting the rated suggestion, and estimates burnout', async () => {
    const sessionId = await startChatSession(new Date(Date.now() - 5 * 60_000));
    await addChatMessage(sessionId, {
      sender: 'user',
      content: 'My boss keeps moving the deadline at work.',
      emotion_label: 'sad',
      response_time_ms: null,
      suggestion: null,
    });
    const offered = await addChatMessage(sessionId, {
      sender: 'ai',
      content: 'Would a minute of box breathing help?',
      emotion_label: null,
      response_time_ms: 12,
      suggestion: 'box_breathing',
    });
    await addChatEmotionLog(sessionId, log(80, new Date(Date.now() - 4 * 60_000).toISOString()));
    await addChatEmotionLog(sessionId, log(60, new Date(Date.now() - 2 * 60_000).toISOString()));
    await rateSuggestion({
      session_id: sessionId,
      message_id: offered,
      suggestion_type: 'box_breathing',
      was_helpful: true,
      rating: 4,
      comment: null,
    });

    const session = (await openSession(db))!;
    const ended = await endConversation(db, session);

    expect(ended.summary).toMatchObject({
      dominant_emotion: 'sad',
      mean_stress: 70,
      peak_stress: 80,
      message_count: 2,
      suggestions: [{ type: 'box_breathing', offered: 1, helpful: 1, mean_rating: 4 }],
    });
    expect(ended.summary.minutes_above_70).toBeGreaterThan(0);
    expect(ended.summary.topics.map((topic) => topic.topic)).toContain('work');
    expect(ended.burnout.status).toBe('not_enough_data');
    expect(await openSession(db)).toBeNull();
    const stored = await db.sessions.get(sessionId);
    expect(stored?.data?.summary).toEqual(ended.summary);
    expect(stored?.data?.total_stress_score).toBe(70);
  });
});
