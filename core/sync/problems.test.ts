import { describe, expect, it } from 'vitest';
import { checkSyncData, parseChange, type JournalEntryData } from './protocol';

const entry = (patch: Partial<JournalEntryData>): JournalEntryData => ({
  mood: 5,
  text: 'a day',
  tags: [],
  occurred_at: '2026-11-26T09:00:00.000Z',
  ...patch,
});

describe('data problems as sentences', () => {
  it.each([
    [{ tags: ['x'.repeat(41)] }, 'A tag can be at most 40 characters.'],
    [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'An entry can have at most 20 tags.'],
    [{ tags: [' padded'] }, 'A tag cannot be empty or begin or end with a space.'],
    [{ text: 'x\ud800y' }, 'The text contains a character that cannot be stored.'],
    [{ tags: ['x\ud800y'] }, 'A tag contains a character that cannot be stored.'],
    [{ mood: 11 }, 'The mood can be at most 10.'],
    [
      { occurred_at: '2026-11-26T09:00:00+16:00' },
      'The date and time must be a date from the year 100 to 9999, to the millisecond.',
    ],
    [
      { occurred_at: '0050-01-01T00:00:00Z' },
      'The date and time must be a date from the year 100 to 9999, to the millisecond.',
    ],
    [
      { occurred_at: '2026-11-26T09:00:00.1234Z' },
      'The date and time must be a date from the year 100 to 9999, to the millisecond.',
    ],
  ])('%j -> %s', (patch, sentence) => {
    expect(checkSyncData('journal_entries', entry(patch))).toBe(sentence);
  });

  it('accepts the edges of what the database stores', () => {
    for (const occurred_at of [
      '0100-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '2026-11-26T09:00:00-15:59',
    ])
      expect(checkSyncData('journal_entries', entry({ occurred_at }))).toBeNull();
  });

  it('refuses a feature named __proto__ instead of dropping it', () => {
    const data = JSON.parse(
      `{"session_id":"3f1b1c9e-8f0e-4c55-9a43-1b2c3d4e5f60","recorded_at":"2026-11-26T09:00:00Z",
        "face_emotion":null,"face_confidence":null,"voice_emotion":null,"voice_confidence":null,
        "text_emotion":null,"text_confidence":null,"final_emotion":null,"final_confidence":null,
        "stress_score":null,"hidden_stress_detected":false,"voice_features":null,"text_keywords":null,
        "face_features":{"__proto__":{"polluted":1},"blink_rate":0.3}}`,
    );
    expect(checkSyncData('emotion_logs', data)).toBe(
      'The face features cannot include a feature named __proto__.',
    );
  });

  it('refuses one change with a sentence rather than the whole push', () => {
    const base = {
      table: 'journal_entries' as const,
      id: '3f1b1c9e-8f0e-4c55-9a43-1b2c3d4e5f60',
      hlc: '0000000000a-0000-dev',
    };
    expect(
      parseChange({ ...base, deleted: false, data: entry({ tags: ['y'.repeat(50)] }) }),
    ).toEqual({ ok: false, message: 'A tag can be at most 40 characters.' });
    expect(parseChange({ ...base, deleted: true, data: null })).toMatchObject({ ok: true });
  });
});
