import { describe, expect, it } from 'vitest';
import { buildChatMessages, recentMessages } from './history';
import { buildSystemPrompt } from './systemPrompt';
import type { ConversationContext, MoodState, Turn } from './types';

const mood = (over: Partial<MoodState>): MoodState => ({
  emotion: 'neutral',
  stress: 20,
  valence: 0,
  arousal: 0.4,
  hiddenStress: false,
  ...over,
});
const context = (over: Partial<ConversationContext> = {}): ConversationContext => ({
  history: [{ sender: 'user', content: 'My sister and I had a fight about the wedding', at: 1 }],
  mood: mood({}),
  offered: [],
  ...over,
});

describe('buildSystemPrompt', () => {
  const prompt = buildSystemPrompt(context());

  it('forbids diagnosing, medication advice and method information', () => {
    expect(prompt).toMatch(/Never diagnose/);
    expect(prompt).toMatch(/Never give advice about medication/);
    expect(prompt).toMatch(/doses/);
    expect(prompt).toMatch(/methods or means of self-harm or suicide/);
    expect(prompt).toMatch(/Never minimise/);
  });

  it('says it is a wellness companion, not a therapist, and keeps replies short', () => {
    expect(prompt).toMatch(/wellness companion, not a therapist/);
    expect(prompt).toMatch(/Keep replies short/);
  });

  it('asks for at most one micro-intervention, from the list only', () => {
    expect(prompt).toMatch(/at most one concrete micro-intervention/);
    for (const name of [
      'box breathing',
      'grounding',
      'splitting a big task',
      'short walk',
      'reaching out',
    ]) {
      expect(prompt).toContain(name);
    }
    const later = buildSystemPrompt(context({ offered: ['box_breathing'] }));
    expect(later).toMatch(/do not offer again unless they ask: box breathing\./);
  });

  it('describes the mood in words and never as numbers', () => {
    const stressed = buildSystemPrompt(
      context({ mood: mood({ emotion: 'fearful', stress: 83, arousal: 0.8 }) }),
    );
    expect(stressed).toMatch(/anxious or afraid/);
    expect(stressed).toMatch(/very high stress/);
    expect(stressed).not.toMatch(/\d/);
  });

  it('asks for slower, softer and shorter replies when stressed; warmer and livelier when upbeat', () => {
    const stressed = buildSystemPrompt(context({ mood: mood({ emotion: 'angry', stress: 75 }) }));
    expect(stressed).toMatch(/Slow down: short sentences, soft/);
    const upbeat = buildSystemPrompt(context({ mood: mood({ emotion: 'happy', valence: 0.7 }) }));
    expect(upbeat).toMatch(/warm and lively/);
  });

  it('mentions hidden stress only when fusion flagged it, without diagnosing', () => {
    expect(prompt).not.toMatch(/more tension than their words/);
    const hidden = buildSystemPrompt(context({ mood: mood({ hiddenStress: true, stress: 55 }) }));
    expect(hidden).toMatch(/more tension than their words show.*without diagnosing/);
  });

  it('remembers what they talked about', () => {
    expect(prompt).toMatch(/mentioned in this conversation: .*your sister/);
  });

  it('still works without a mood reading', () => {
    expect(buildSystemPrompt(context({ mood: null }))).toMatch(/go by their words/);
  });
});

describe('recent history for the model', () => {
  const long: Turn[] = Array.from({ length: 40 }, (_, i) => ({
    sender: i % 2 === 0 ? 'user' : 'ai',
    content: `message ${i} ${'x'.repeat(300)}`,
    at: i,
  }));

  it('is bounded in count and characters, keeps the newest and maps roles', () => {
    const messages = recentMessages(long, { maxMessages: 12, maxChars: 2000 });
    expect(messages.length).toBeLessThanOrEqual(12);
    expect(messages.reduce((n, m) => n + m.content.length, 0)).toBeLessThanOrEqual(2000);
    expect(messages.at(-1)!.content).toMatch(/^message 39 /);
    expect(messages.at(-1)!.role).toBe('assistant');
    expect(messages.at(-2)!.role).toBe('user');
  });

  it('always keeps the latest message, shortened from the front when it alone is too long', () => {
    const huge: Turn[] = [{ sender: 'user', content: `${'a'.repeat(9000)} please help`, at: 0 }];
    const [only] = recentMessages(huge, { maxMessages: 12, maxChars: 500 });
    expect(only!.content).toHaveLength(500);
    expect(only!.content.endsWith('please help')).toBe(true);
  });

  it('puts the system prompt first', () => {
    const messages = buildChatMessages(context());
    expect(messages[0]!.role).toBe('system');
    expect(messages[1]).toEqual({
      role: 'user',
      content: 'My sister and I had a fight about the wedding',
    });
  });
});
