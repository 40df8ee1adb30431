// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../store/db';
import { listSafetyEvents } from '../store/safety-events';
import { checkWriting } from './check-writing';

beforeEach(async () => {
  await db.safety_events.clear();
});

describe('checkWriting', () => {
  it('flags crisis language and records the level and reason, never the words', async () => {
    // jsdom has no Worker: the check runs on the page, as it does when the safety worker fails.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const text = 'I want to kill myself tonight';
    const found = await checkWriting(text, 'journal');
    expect(found).toMatchObject({ level: 'severe', danger: false });
    const events = await listSafetyEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ level: 'severe', reason: found.reason, source: 'journal' });
    expect(JSON.stringify(events)).not.toContain('kill');
  });

  it('flags danger from another person, and records it without a crisis level of its own', async () => {
    const found = await checkWriting("My husband hits me and I'm scared to go home", 'journal');
    expect(found).toMatchObject({ level: 'none', danger: true, reason: 'danger' });
    expect(await listSafetyEvents()).toMatchObject([{ level: 'elevated', reason: 'danger' }]);
  });

  it('leaves an ordinary entry alone and records nothing', async () => {
    const found = await checkWriting('Dinner with my sister; laughed a lot.', 'journal');
    expect(found).toEqual({ level: 'none', danger: false, reason: 'none' });
    expect(await listSafetyEvents()).toEqual([]);
  });
});
