import { describe, expect, it } from 'vitest';
import type { FusedReading } from '../../../core/fusion/types';
import { avatarTone } from './avatar-tone';

const fused = (over: Partial<FusedReading>) =>
  ({ emotion: 'neutral', stress: 30, calibrating: false, ...over }) as FusedReading;

describe('avatarTone', () => {
  it('is concerned for our crisis reply, a heavy feeling or high stress', () => {
    expect(
      avatarTone({
        replySource: 'safety',
        offeredSuggestion: false,
        fused: fused({ emotion: 'happy' }),
      }),
    ).toBe('concerned');
    expect(
      avatarTone({
        replySource: 'responder',
        offeredSuggestion: true,
        fused: fused({ emotion: 'sad' }),
      }),
    ).toBe('concerned');
    expect(
      avatarTone({ replySource: null, offeredSuggestion: false, fused: fused({ stress: 82 }) }),
    ).toBe('concerned');
  });

  it('does not read a calibrating figure as high stress', () => {
    expect(
      avatarTone({
        replySource: null,
        offeredSuggestion: false,
        fused: fused({ stress: 82, calibrating: true }),
      }),
    ).toBe('calm');
  });

  it('smiles gently with a suggestion, warmly at good news, and is calm otherwise', () => {
    expect(
      avatarTone({ replySource: 'responder', offeredSuggestion: true, fused: fused({}) }),
    ).toBe('gentle-smile');
    expect(
      avatarTone({
        replySource: 'responder',
        offeredSuggestion: false,
        fused: fused({ emotion: 'happy' }),
      }),
    ).toBe('warm');
    expect(avatarTone({ replySource: null, offeredSuggestion: false, fused: null })).toBe('calm');
  });
});
