import { describe, expect, it } from 'vitest';
import * as route from '../../../edge-api/src/schemas/chat-reply';
import { HISTORY_MAX_TURNS, MESSAGE_MAX_CHARS } from './parts';

describe('the page and the reply route', () => {
  it('agree on the longest message and how many earlier turns a reply reads', () => {
    expect(MESSAGE_MAX_CHARS).toBe(route.MESSAGE_MAX_CHARS);
    expect(HISTORY_MAX_TURNS).toBe(route.HISTORY_MAX_TURNS);
  });
});
