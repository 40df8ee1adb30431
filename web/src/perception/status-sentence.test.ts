import { describe, expect, it } from 'vitest';
import { statusSentence } from './status-sentence';

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
