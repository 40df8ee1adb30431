import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../core/conversation/types';
import { getReply, OFFLINE_NOTE, pacedTokens, type ServerReply } from './reply-stream';

const context: ConversationContext = {
  history: [{ sender: 'user', content: 'The project deadline is weighing on me.', at: 0 }],
  mood: null,
  offered: [],
};

const collect = () => {
  const tokens: string[] = [];
  let restarts = 0;
  return {
    tokens,
    onToken: (t: string) => tokens.push(t),
    onRestart: () => restarts++,
    restarts: () => restarts,
  };
};

describe('getReply', () => {
  it('offline, answers on the device token by token, with the quiet note', async () => {
    const seen = collect();
    let asked = false;
    const fromServer: ServerReply = () => {
      asked = true;
      return Promise.reject(new Error('unreachable'));
    };
    const reply = await getReply(context, {
      online: false,
      sessionId: 's',
      fromServer,
      tokenDelayMs: 0,
      ...seen,
    });
    expect(asked).toBe(false);
    expect(reply.note).toBe(OFFLINE_NOTE);
    expect(reply.source).toBe('builtin');
    expect(seen.tokens.length).toBeGreaterThan(3);
    expect(seen.tokens.join('')).toBe(reply.text);
  });

  it("online, shows the server's tokens and its final reply", async () => {
    const seen = collect();
    const fromServer: ServerReply = async (_context, _session, { onToken }) => {
      for (const token of ['It sounds ', 'like a lot.']) onToken(token);
      return {
        text: 'It sounds like a lot.',
        source: 'llm',
        suggestion: 'box_breathing',
        note: null,
      };
    };
    const reply = await getReply(context, { online: true, sessionId: 's', fromServer, ...seen });
    expect(seen.tokens.join('')).toBe('It sounds like a lot.');
    expect(reply).toMatchObject({ source: 'llm', suggestion: 'box_breathing', note: null });
  });

  it('a server that fails mid-stream gives way to the device: a reply, never an error', async () => {
    const seen = collect();
    const fromServer: ServerReply = async (_context, _session, { onToken }) => {
      onToken('Half a ');
      throw new Error('connection reset');
    };
    const reply = await getReply(context, {
      online: true,
      sessionId: 's',
      fromServer,
      tokenDelayMs: 0,
      ...seen,
    });
    expect(seen.restarts()).toBe(1);
    expect(reply.note).toBe(OFFLINE_NOTE);
    expect(seen.tokens.slice(1).join('')).toBe(reply.text);
  });
});

describe('pacedTokens', () => {
  it('shows a burst of tokens one after another, the first at once, and says when all are shown', async () => {
    const shown: string[] = [];
    const paced = pacedTokens((token) => shown.push(token), 5);
    for (const token of ['One ', 'two ', 'three.']) paced.push(token);
    expect(shown).toEqual(['One ']);
    await paced.drained();
    expect(shown).toEqual(['One ', 'two ', 'three.']);
  });

  it('drops what was not shown yet when cleared', async () => {
    const shown: string[] = [];
    const paced = pacedTokens((token) => shown.push(token), 5);
    for (const token of ['One ', 'two ', 'three.']) paced.push(token);
    paced.clear();
    await paced.drained();
    expect(shown).toEqual(['One ']);
  });
});
