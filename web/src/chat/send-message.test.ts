import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../../core/text/analyze';
import { detectCrisis } from '../../../core/text/crisis';
import { db } from '../store/db';
import { localStore } from '../store/local-store';
import { sessionEmotionLogs, sessionMessages, startChatSession } from './chat-store';
import { createFusion } from './parts';
import { rebuildMemory } from './rebuild-memory';
import type { FinalReply, ServerReply } from './reply-stream';
import { sendMessage, type SendDeps } from './send-message';
import type { SafetyShown } from './turn-records';

beforeEach(async () => {
  await localStore.reset();
});

async function conversation(fromServer?: ServerReply) {
  const sessionId = await startChatSession();
  const session = (await db.sessions.get(sessionId))!;
  const memory = await rebuildMemory(db, { id: sessionId, ...session.data! }, createFusion());
  const seen = {
    safety: [] as SafetyShown[],
    replies: [] as FinalReply[],
    events: [] as unknown[],
    tokens: '',
  };
  const deps: SendDeps = {
    memory,
    region: 'US',
    online: true,
    checkCrisis: (text) => Promise.resolve(detectCrisis(text)),
    analyse: () => Promise.resolve(undefined),
    fromServer,
    recordSafetyEvent: async (event) => void seen.events.push(event),
    onSafety: (shown) => seen.safety.push(shown),
    onFused: () => undefined,
    onToken: (token) => (seen.tokens += token),
    onRestart: () => (seen.tokens = ''),
    onReplied: (_id, reply) => seen.replies.push(reply),
    onTextWorkerFailed: () => undefined,
    tokenDelayMs: 0,
  };
  return { sessionId, deps, seen };
}

describe('sendMessage', () => {
  it('answers a crisis message with the safety reply at once, never asking the server', async () => {
    let asked = 0;
    const { sessionId, deps, seen } = await conversation(async () => {
      asked++;
      return { text: 'llm', source: 'llm', suggestion: null, note: null };
    });
    await sendMessage('I want to kill myself tonight, I have the pills ready.', deps);

    expect(asked).toBe(0);
    expect(seen.safety.at(-1)?.crisis).toBe('severe');
    expect(seen.replies).toHaveLength(1);
    expect(seen.replies[0]!.source).toBe('safety');
    expect(seen.events).toEqual([expect.objectContaining({ level: 'severe' })]);
    expect(JSON.stringify(seen.events)).not.toContain('pills');
    const stored = await sessionMessages(db, sessionId);
    expect(stored.map((m) => m.sender)).toEqual(['user', 'ai']);
    expect(stored[1]!.content).toBe(seen.replies[0]!.text);
  });

  it('answers with the safety reply when the sentence encoder raises a message the rules let pass', async () => {
    let asked = 0;
    const { deps, seen } = await conversation(async () => {
      asked++;
      return { text: 'llm', source: 'llm', suggestion: null, note: null };
    });
    const text = 'Everyone would be better off if I just stopped existing.';
    const rules = detectCrisis(text);
    deps.checkCrisis = () => Promise.resolve({ ...rules, level: 'none', reasons: [] });
    deps.analyse = () =>
      Promise.resolve({
        ...analyzeText(text),
        type: 'text',
        crisis: { ...rules, level: 'severe', reasons: ['sentence encoder raised it to severe'] },
        emotion: null,
        encoder: {
          emotion: [0, 0, 0, 0, 0, 1, 0],
          crisis: { level: 'severe', severe: 0.9, elevated: 0.95 },
        },
        ms: { rules: 1, model: 1, encoder: 5, total: 7 },
      });
    await sendMessage(text, deps);

    expect(asked).toBe(0);
    expect(seen.safety.at(-1)?.crisis).toBe('severe');
    expect(seen.replies.map((reply) => reply.source)).toEqual(['safety']);
    expect(seen.events).toEqual([expect.objectContaining({ level: 'severe' })]);
  });

  it('with reading words for feelings off, reads nothing but still checks for crisis', async () => {
    const { sessionId, deps, seen } = await conversation();
    let analysed = 0;
    let fused = 0;
    deps.readsFeelings = false;
    deps.analyse = () => {
      analysed++;
      return Promise.resolve(undefined);
    };
    deps.onFused = () => void fused++;
    await sendMessage('Work has been awful and I feel so tense.', deps);
    await sendMessage('I want to kill myself tonight, I have the pills ready.', deps);

    expect({ analysed, fused }).toEqual({ analysed: 0, fused: 0 });
    expect(await sessionEmotionLogs(db, sessionId)).toEqual([]);
    expect(seen.safety.at(-1)?.crisis).toBe('severe');
    expect(seen.replies.map((reply) => reply.source)).toContain('safety');
  });

  it('keeps the help up after later ordinary messages, and again after a reload', async () => {
    const { sessionId, deps, seen } = await conversation();
    deps.online = false;
    await sendMessage('I want to kill myself tonight, I have the pills ready.', deps);
    await sendMessage('Thank you. My sister is coming over later.', deps);
    await sendMessage('We might watch a film.', deps);
    expect(seen.safety.at(-1)).toEqual({ crisis: 'severe', danger: false });

    const session = (await db.sessions.get(sessionId))!;
    const reloaded = await rebuildMemory(db, { id: sessionId, ...session.data! }, createFusion());
    expect(reloaded.safety).toEqual({ crisis: 'severe', danger: false });
    expect(reloaded.turns.map((turn) => turn.sender)).toEqual([
      'user',
      'ai',
      'user',
      'ai',
      'user',
      'ai',
    ]);
  });

  it('reads, fuses and logs an ordinary message, then stores the streamed reply', async () => {
    const { sessionId, deps, seen } = await conversation(async (_c, _s, { onToken }) => {
      onToken('That deadline ');
      onToken('sounds heavy.');
      return {
        text: 'That deadline sounds heavy.',
        source: 'builtin',
        suggestion: null,
        note: null,
      };
    });
    await sendMessage('My boss moved the deadline up again and I feel awful.', deps);

    expect(seen.safety).toEqual([]);
    expect(seen.tokens).toBe('That deadline sounds heavy.');
    const stored = await sessionMessages(db, sessionId);
    expect(stored.map((m) => [m.sender, m.content])).toEqual([
      ['user', 'My boss moved the deadline up again and I feel awful.'],
      ['ai', 'That deadline sounds heavy.'],
    ]);
    const logs = await sessionEmotionLogs(db, sessionId);
    expect(logs).toHaveLength(1);
    expect(logs[0]!.stress_score).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toContain('deadline');
  });

  it('keeps talking when the text worker fails: the rules still read the message', async () => {
    const { sessionId, deps } = await conversation();
    let failed = 0;
    deps.online = false;
    deps.onTextWorkerFailed = () => failed++;
    await sendMessage('I am so tired of everything at work.', deps);
    expect(failed).toBe(1);
    expect((await sessionMessages(db, sessionId)).map((m) => m.sender)).toEqual(['user', 'ai']);
    expect(await sessionEmotionLogs(db, sessionId)).toHaveLength(1);
  });
});
