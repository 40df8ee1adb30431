import { describe, expect, it } from 'vitest';
import { statusSentence } from './status-sentence';
import { textStatusSentence } from './useTextWorker';

describe('statusSentence', () => {
  it('says in one plain sentence whether a modality is loading, on or off', () => {
    const reason = 'the voice model could not be loaded';
    expect(statusSentence('Voice analysis', undefined, reason)).toBe(
      'Voice analysis has not started.',
    );
    expect(
      statusSentence('Voice analysis', { state: 'loading', progress: 0.42, step: 'x' }, reason),
    ).toBe('Voice analysis is loading (42 %).');
    expect(statusSentence('Voice analysis', { state: 'ready' }, reason)).toBe(
      'Voice analysis is on.',
    );
    const off = { state: 'off', error: { type: 'error', message: '404' } } as const;
    expect(statusSentence('Voice analysis', off, reason)).toBe(
      'Voice analysis is off: the voice model could not be loaded.',
    );
  });
});

describe('textStatusSentence', () => {
  it('keeps text on and says the sentence encoder is off and why', () => {
    expect(textStatusSentence({ state: 'ready', encoder: { state: 'on' } })).toBe(
      'Text emotion analysis is on.',
    );
    expect(
      textStatusSentence({
        state: 'ready',
        encoder: { state: 'off', reason: 'a shard is damaged' },
      }),
    ).toBe(
      'Text emotion analysis is on. The sentence encoder is off: a shard is damaged; the text model and the safety rules read messages without it.',
    );
  });
});
