import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addEmotionLog,
  addMessage,
  endSession,
  listSessions,
  rateSuggestion,
  readSession,
  startSession,
} from './chat-sessions';
import { RivionDb } from './db';
import { DexieSyncStore } from './dexie-sync-store';

let db: RivionDb;
let store: DexieSyncStore;

beforeEach(() => {
  db = new RivionDb(`chat-${crypto.randomUUID()}`);
  store = new DexieSyncStore(db);
});

afterEach(async () => {
  await db.delete();
});

const at = (second: number) => new Date(Date.UTC(2026, 2, 1, 10, 0, second)).toISOString();

describe('a chat session on the device', () => {
  it('is written locally with every step queued for sync, and ends with its summary', async () => {
    const id = await startSession({ topic: 'work', startedAt: at(0) }, store);
    await addMessage(
      id,
      { sender: 'user', content: 'The deadline at work is stressing me out', created_at: at(1) },
      store,
    );
    const offer = await addMessage(
      id,
      {
        sender: 'ai',
        content: 'Would a slow breath help?',
        suggestion: 'box_breathing',
        created_at: at(2),
      },
      store,
    );
    await addEmotionLog(
      id,
      { recorded_at: at(3), final_emotion: 'fearful', stress_score: 82 },
      store,
    );
    await addEmotionLog(
      id,
      {
        recorded_at: at(33),
        final_emotion: 'fearful',
        stress_score: 60,
        hidden_stress_detected: true,
      },
      store,
    );
    await rateSuggestion(
      id,
      {
        suggestion_type: 'box_breathing',
        message_id: offer,
        was_helpful: true,
        rating: 5,
        comment: '  calmer now ',
      },
      store,
    );

    const summary = await endSession(id, { endedAt: at(60) }, store);
    expect(summary).toMatchObject({
      dominant_emotion: 'fearful',
      mean_stress: 71,
      peak_stress: 82,
      minutes_above_70: 0.5,
      hidden_stress_moments: 1,
      message_count: 2,
      suggestions: [
        { type: 'box_breathing', offered: 1, helpful: 1, not_helpful: 0, mean_rating: 5 },
      ],
    });
    expect(summary.topics.map((topic) => topic.topic)).toEqual(['work']);

    const session = await readSession(id, store);
    expect(session?.session).toMatchObject({
      ended_at: at(60),
      summary,
      dominant_emotion: 'fearful',
      total_stress_score: 71,
    });
    expect(session?.messages.map((message) => message.sender)).toEqual(['user', 'ai']);
    expect(session?.feedback[0]).toMatchObject({ comment: 'calmer now', message_id: offer });

    // Offline, nothing has left the device: every record is in the outbox, in order.
    const outbox = await store.pendingChanges(100);
    expect(outbox.map((item) => item.change.table)).toEqual([
      'sessions',
      'messages',
      'messages',
      'emotion_logs',
      'emotion_logs',
      'feedback',
      'sessions',
    ]);
  });

  it('refuses what the server would refuse, with a sentence, and stores nothing', async () => {
    const id = await startSession({}, store);
    await expect(
      addMessage(id, { sender: 'user', content: 'hi', suggestion: 'short_walk' }, store),
    ).rejects.toThrow(/companion/i);
    await expect(
      addMessage(id, { sender: 'user', content: 'x'.repeat(10_001) }, store),
    ).rejects.toThrow();
    await expect(
      rateSuggestion(id, { suggestion_type: 'short_walk', was_helpful: null, rating: null }, store),
    ).rejects.toThrow(/yes or no/);
    await expect(addEmotionLog(id, { stress_score: 101 }, store)).rejects.toThrow();
    expect(await store.pendingChanges(100)).toHaveLength(1);
  });

  it('keeps the first end time when a late rating makes it summarise again', async () => {
    const id = await startSession({ startedAt: at(0) }, store);
    await addMessage(
      id,
      { sender: 'ai', content: 'A short walk?', suggestion: 'short_walk' },
      store,
    );
    await endSession(id, { endedAt: at(30) }, store);
    await rateSuggestion(
      id,
      { suggestion_type: 'short_walk', was_helpful: false, rating: 2 },
      store,
    );
    const again = await endSession(id, { endedAt: at(90) }, store);
    expect(again.suggestions[0]).toMatchObject({ not_helpful: 1, mean_rating: 2 });
    expect((await readSession(id, store))?.session.ended_at).toBe(at(30));
  });

  it('lists live sessions newest first', async () => {
    const first = await startSession({ startedAt: at(0) }, store);
    const second = await startSession({ startedAt: at(10) }, store);
    const gone = await startSession({ startedAt: at(20) }, store);
    await store.writeLocal('sessions', gone, null);
    expect((await listSessions({}, store)).map((session) => session.id)).toEqual([second, first]);
    await expect(endSession(gone, {}, store)).rejects.toThrow(/no longer exists/);
  });
});
