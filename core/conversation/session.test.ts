import { describe, expect, it } from 'vitest';
import { simulateSession, type Said } from './simulate';
import type { MoodState } from './types';

const mood = (emotion: MoodState['emotion'], stress: number): MoodState => ({
  emotion,
  stress,
  valence: stress > 50 ? -0.5 : 0.2,
  arousal: 0.6,
  hiddenStress: false,
});

const VARIED = [
  'hi',
  "I'm so stressed about the deadline on the project",
  'My boss keeps adding more to my plate',
  "There's too much to do and I don't know where to start",
  'ok',
  'I did the first bit',
  'My sister called me last night',
  'We argued about mum again',
  'idk',
  'I feel really alone with all of it',
  'What should I do?',
  'no thanks',
  "I haven't been sleeping well",
  'I tried going to bed earlier',
  'thanks',
];
const varied: Said[] = [...VARIED, ...VARIED].map((text, i) => ({
  text,
  mood: mood(i % 3 === 0 ? 'neutral' : 'fearful', 40 + ((i * 7) % 50)),
}));

const replies = (messages: Said[]) => simulateSession(messages).map((e) => e.reply);

describe('a whole session', () => {
  it('never repeats a reply across 30 varied messages', () => {
    const texts = replies(varied).map((r) => r.text);
    expect(texts).toHaveLength(30);
    expect(new Set(texts).size).toBe(30);
  });

  it.each([
    ["I'm so stressed about work", mood('fearful', 80)],
    ['idk', mood('neutral', 30)],
    ['I feel sad', mood('sad', 55)],
    ['hi', mood('neutral', 20)],
    ['thanks', mood('neutral', 20)],
    ['bye', mood('neutral', 20)],
    ['how are you?', mood('neutral', 20)],
    ['can we do some breathing?', mood('fearful', 70)],
    ['am I overreacting?', mood('fearful', 70)],
  ])('never repeats a reply across 30 identical messages ("%s")', (text, state) => {
    const texts = replies(Array.from({ length: 30 }, () => ({ text, mood: state })));
    expect(new Set(texts.map((r) => r.text)).size).toBe(30);
  });

  it('offers a suggestion when stress is high and the person is overwhelmed', () => {
    const [, second] = replies([
      { text: 'Work is really piling up this week', mood: mood('fearful', 75) },
      { text: "It's all too much, I'm drowning", mood: mood('fearful', 82) },
    ]);
    expect(second!.suggestion).toBe('split_task');
  });

  it('listens before suggesting, and does not suggest every turn or repeat a suggestion', () => {
    const overwhelmed = Array.from({ length: 12 }, (_, i) => ({
      text: [
        "I'm overwhelmed, there's too much to do",
        'I feel so anxious my heart is racing',
        'I am so lonely, nobody gets it',
        "I'm furious and can't focus",
      ][i % 4]!,
      mood: mood('fearful', 85),
    }));
    const suggestions = replies(overwhelmed).map((r) => r.suggestion);
    expect(suggestions[0]).toBeNull();
    suggestions.forEach((s, i) => {
      if (s) expect(suggestions[i + 1] ?? null).toBeNull();
    });
    const offered = suggestions.filter(Boolean);
    expect(offered.length).toBeGreaterThanOrEqual(3);
    expect(new Set(offered).size).toBe(offered.length);
  });

  it('does not push suggestions on a calm person', () => {
    const calm = VARIED.slice(6, 9).map((text) => ({ text, mood: mood('neutral', 20) }));
    expect(replies(calm).every((r) => r.suggestion === null)).toBe(true);
  });

  it('walks the person through an offer they accept, and repeats one when they ask for it', () => {
    const session = replies([
      { text: "Everything is too much, I don't know where to start", mood: mood('fearful', 80) },
      {
        text: "There's the report, the exam and the move, it's too much",
        mood: mood('fearful', 80),
      },
      { text: 'ok', mood: mood('fearful', 75) },
      { text: 'can we do that again, split it again?', mood: mood('fearful', 70) },
    ]);
    expect(session[1]!.suggestion).toBe('split_task');
    expect(session[2]!.text).toMatch(/^Let's split it/);
    expect(session[3]!.suggestion).toBe('split_task');
  });
});
