import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayStart, lastDays } from './days';
import { streaks } from './streaks';

describe('days at the person’s offset', () => {
  it('puts a late evening in New York on its own date, not the next UTC one', () => {
    const at = Date.parse('2026-03-02T02:30:00Z');
    expect(dayKey(at)).toBe('2026-03-02');
    expect(dayKey(at, -300)).toBe('2026-03-01');
    expect(dayStart('2026-03-01', -300)).toBe(Date.parse('2026-03-01T05:00:00Z'));
  });

  it('makes a period of whole days ending today', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(lastDays(now, 7)).toEqual({
      fromDay: '2026-03-04',
      toDay: '2026-03-10',
      fromMs: Date.parse('2026-03-04T00:00:00Z'),
      toMs: now,
      offsetMinutes: 0,
    });
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('streaks', () => {
  const days = new Set(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-06', '2026-03-07']);

  it('counts the run up to today, and yesterday’s run while today is still open', () => {
    expect(streaks(days, '2026-03-07')).toEqual({ current_days: 2, longest_days: 3 });
    expect(streaks(days, '2026-03-08')).toEqual({ current_days: 2, longest_days: 3 });
    expect(streaks(days, '2026-03-09')).toEqual({ current_days: 0, longest_days: 3 });
    expect(streaks(new Set(), '2026-03-09')).toEqual({ current_days: 0, longest_days: 0 });
  });
});
