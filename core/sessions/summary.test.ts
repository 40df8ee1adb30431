import { describe, expect, it } from 'vitest';
import { sessionSummarySchema } from './summary-schema';
import { summarizeSession } from './summary';

const START = Date.parse('2026-03-01T10:00:00.000Z');
const second = (s: number) => new Date(START + s * 1000).toISOString();

function log(s: number, stress: number | null, extra: Record<string, unknown> = {}) {
  return {
    recorded_at: second(s),
    final_emotion: 'neutral' as const,
    final_confidence: 0.5,
    stress_score: stress,
    hidden_stress_detected: false,
    ...extra,
  };
}

const user = (content: string, emotion_label: 'sad' | null = null) => ({
  sender: 'user' as const,
  content,
  emotion_label,
  suggestion: null,
});
const companion = (content: string, suggestion: 'box_breathing' | 'short_walk' | null = null) => ({
  sender: 'ai' as const,
  content,
  emotion_label: null,
  suggestion,
});

describe('summarizeSession', () => {
  it('says nothing it does not know for an empty session', () => {
    expect(summarizeSession([], [], [])).toEqual({
      dominant_emotion: null,
      mean_stress: null,
      peak_stress: null,
      minutes_above_70: 0,
      hidden_stress_moments: 0,
      message_count: 0,
      suggestions: [],
      topics: [],
    });
  });

  it('gives mean and peak stress over the readings that had one', () => {
    const summary = summarizeSession([log(0, 40), log(10, null), log(20, 90), log(30, 50)], [], []);
    expect(summary.mean_stress).toBe(60);
    expect(summary.peak_stress).toBe(90);
  });

  it('counts time above 70 until the next reading, never more than a minute per reading', () => {
    // 30 s at 80, then 75 held 60 s of a 5-minute gap (the camera was off), then calm.
    const logs = [log(0, 80), log(30, 75), log(330, 20), log(360, 71)];
    expect(summarizeSession(logs, [], []).minutes_above_70).toBe(1.5);
    // With the end known, the last reading counts until then (here 30 s).
    expect(summarizeSession(logs, [], [], second(390)).minutes_above_70).toBe(2);
  });

  it('does not count exactly 70 as high stress', () => {
    expect(summarizeSession([log(0, 70), log(60, 70)], [], []).minutes_above_70).toBe(0);
  });

  it('reads the readings in time order whatever order they arrive in', () => {
    const ordered = summarizeSession([log(0, 80), log(30, 10)], [], []);
    const shuffled = summarizeSession([log(30, 10), log(0, 80)], [], []);
    expect(shuffled).toEqual(ordered);
    expect(ordered.minutes_above_70).toBe(0.5);
  });

  it('counts a stretch of hidden-stress readings as one moment', () => {
    const flagged = { hidden_stress_detected: true };
    const logs = [log(0, 50, flagged), log(5, 55, flagged), log(10, 40), log(15, 60, flagged)];
    expect(summarizeSession(logs, [], []).hidden_stress_moments).toBe(2);
  });

  it('names the emotion read most often, and the person’s own labels when nothing was read', () => {
    const logs = [
      log(0, 30, { final_emotion: 'sad' }),
      log(5, 30, { final_emotion: 'happy', final_confidence: 0.9 }),
      log(10, 30, { final_emotion: 'sad' }),
    ];
    expect(summarizeSession(logs, [], []).dominant_emotion).toBe('sad');
    // A tie goes to the more confident readings.
    expect(summarizeSession(logs.slice(0, 2), [], []).dominant_emotion).toBe('happy');
    expect(
      summarizeSession([], [user('meh', 'sad'), companion('I hear you')], []).dominant_emotion,
    ).toBe('sad');
  });

  it('lists each suggestion offered with how the person rated it', () => {
    const messages = [
      user('I feel so tense'),
      companion('Would a slow breath help?', 'box_breathing'),
      companion('Or a short walk?', 'short_walk'),
      companion('Shall we breathe again?', 'box_breathing'),
    ];
    const feedback = [
      { suggestion_type: 'box_breathing' as const, was_helpful: true, rating: 5 },
      { suggestion_type: 'box_breathing' as const, was_helpful: false, rating: 2 },
      { suggestion_type: 'short_walk' as const, was_helpful: null, rating: 4 },
    ];
    const summary = summarizeSession([], messages, feedback);
    expect(summary.message_count).toBe(4);
    expect(summary.suggestions).toEqual([
      { type: 'box_breathing', offered: 2, helpful: 1, not_helpful: 1, mean_rating: 3.5 },
      { type: 'short_walk', offered: 1, helpful: 0, not_helpful: 0, mean_rating: 4 },
    ]);
  });

  it('names the worries the person talked about in their own words, not the companion’s', () => {
    const summary = summarizeSession(
      [],
      [
        user('The deadline at work is crushing me and I am so stressed.'),
        companion('It sounds like your boss and the deadline are a lot right now.'),
        user('My boss keeps adding meetings and I can’t keep up.'),
        user('And I can’t sleep.'),
        user('I love my job though.'),
      ],
      [],
    );
    expect(summary.topics.map((topic) => topic.topic)).toEqual(['work', 'sleep']);
    const work = summary.topics[0]!;
    expect(work.mentions).toBe(2);
    expect(work.words).toEqual(expect.arrayContaining(['deadline', 'boss']));
    expect(work.words).not.toContain('job');
  });

  it('always produces a summary the sync schema accepts', () => {
    const long = 'My boss is stressing me out. '.repeat(300);
    const summary = summarizeSession(
      [log(0, 100, { hidden_stress_detected: true }), log(1, 0)],
      [
        user(long),
        user('So stressed: my manager, my clients, my shifts, my inbox, my career, my workload'),
      ],
      [{ suggestion_type: 'reach_out', was_helpful: true, rating: null }],
    );
    expect(sessionSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.topics[0]!.mentions).toBe(2);
    expect(summary.topics[0]!.words).toHaveLength(5);
  });
});
