import { describe, expect, it } from 'vitest';
import type { JournalEntryData } from '../../../core/sync/protocol';
import { mergeEdit } from './merge-edit';

const base: JournalEntryData = {
  mood: 4,
  text: 'Long day at work.',
  tags: ['work'],
  occurred_at: '2026-03-01T18:00:00.000Z',
};

describe('mergeEdit', () => {
  it("keeps the other device's text when the form only changed the mood", () => {
    const mine = { ...base, mood: 7 };
    const theirs = { ...base, text: 'Long day at work, but the evening walk helped.' };

    expect(mergeEdit(base, mine, theirs)).toEqual({
      merged: { ...theirs, mood: 7 },
      conflicts: [],
    });
  });

  it('reports a field both changed differently, and keeps the rest merged', () => {
    const mine = { ...base, text: 'Written on the laptop.', tags: ['work', 'tired'] };
    const theirs = { ...base, text: 'Written on the phone.', mood: 6 };

    const { merged, conflicts } = mergeEdit(base, mine, theirs);

    expect(conflicts).toEqual([
      { field: 'text', mine: 'Written on the laptop.', theirs: 'Written on the phone.' },
    ]);
    expect(merged).toEqual({ ...mine, mood: 6 });
  });

  it('is no conflict when both made the same change, or the time is the same instant', () => {
    const mine = { ...base, tags: ['work', 'walk'] };
    const theirs = { ...base, tags: ['work', 'walk'], occurred_at: '2026-03-01T19:00:00+01:00' };

    expect(mergeEdit(base, mine, theirs).conflicts).toEqual([]);
  });
});
