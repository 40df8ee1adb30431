import { describe, expect, it } from 'vitest';
import { chatReplyRequestSchema } from '../../../edge-api/src/schemas/chat-reply';
import { replyRequest } from './server-reply';

const SESSION = '5b0a7c1e-8c2b-4d8e-9a52-0d7f6b1c2e3f';

describe('replyRequest', () => {
  it('is a body the route accepts: latest message apart, at most 20 earlier turns, labels only', () => {
    const history = Array.from({ length: 31 }, (_, i) => ({
      sender: i % 2 === 0 ? ('user' as const) : ('ai' as const),
      content: `turn ${i}`,
      at: 1_000 + i,
    }));
    const body = replyRequest(
      {
        history,
        mood: { emotion: 'sad', stress: 71.5, valence: -0.4, arousal: 0.3, hiddenStress: true },
        offered: ['box_breathing', 'box_breathing'],
      },
      SESSION,
      'GB',
    );
    const parsed = chatReplyRequestSchema.parse(body);
    expect(parsed.message).toBe('turn 30');
    expect(parsed.history).toHaveLength(20);
    expect(parsed.history.at(-1)?.content).toBe('turn 29');
    expect(parsed.mood).toEqual({
      emotion: 'sad',
      stress: 71.5,
      valence: -0.4,
      arousal: 0.3,
      hidden_stress: true,
    });
    expect(parsed.offered).toEqual(['box_breathing']);
    expect(parsed.region).toBe('GB');
  });

  it('leaves out a region the route would refuse', () => {
    const body = replyRequest(
      { history: [{ sender: 'user', content: 'hi', at: 1 }], mood: null, offered: [] },
      SESSION,
      'gb-x',
    );
    expect(chatReplyRequestSchema.parse(body).region).toBeNull();
  });
});
