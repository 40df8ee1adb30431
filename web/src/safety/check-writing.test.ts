// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { checkWriting } from './check-writing';
import { heldSafetyEvents } from './record';

describe('checkWriting', () => {
  it('flags crisis language and records the level and reason, never the words', async () => {
    // jsdom has no Worker: the check runs on the page, as it does when the safety worker fails.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const text = 'I want to kill myself tonight';
    const found = await checkWriting(text, 'journal');
    expect(found).toMatchObject({ level: 'severe', danger: false });
    const [event] = heldSafetyEvents().slice(-1);
    expect(event).toMatchObject({ level: 'severe', reason: found.reason, source: 'journal' });
    expect(JSON.stringify(event)).not.toContain('kill');
  });

  it('flags danger from another person', async () => {
    expect(await checkWriting("He said he'd kill me if I left", 'journal')).toMatchObject({
      danger: true,
      reason: expect.any(String),
    });
  });

  it('leaves an ordinary entry alone and records nothing', async () => {
    const before = heldSafetyEvents().length;
    const found = await checkWriting('Dinner with my sister; laughed a lot.', 'journal');
    expect(found).toEqual({ level: 'none', danger: false, reason: 'none' });
    expect(heldSafetyEvents()).toHaveLength(before);
  });
});
