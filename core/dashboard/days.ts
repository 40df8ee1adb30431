/**
 * Calendar days as the person lives them: the client says its offset from UTC (minutes east, as
 * `-new Date().getTimezoneOffset()`), and a day is 'YYYY-MM-DD' at that offset.
 */
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The date of instant `ms` at `offsetMinutes` east of UTC. */
export function dayKey(ms: number, offsetMinutes = 0): string {
  return new Date(ms + offsetMinutes * MINUTE_MS).toISOString().slice(0, 10);
}

/** The instant day `day` begins at `offsetMinutes` east of UTC. */
export function dayStart(day: string, offsetMinutes = 0): number {
  return Date.parse(`${day}T00:00:00Z`) - offsetMinutes * MINUTE_MS;
}

export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** A span of whole days: `days` days ending with today (at the offset). */
export interface Period {
  fromDay: string;
  toDay: string;
  /** The instant fromDay begins, and now. */
  fromMs: number;
  toMs: number;
  offsetMinutes: number;
}

export function lastDays(now: number, days: number, offsetMinutes = 0): Period {
  const toDay = dayKey(now, offsetMinutes);
  const fromDay = addDays(toDay, 1 - days);
  return { fromDay, toDay, fromMs: dayStart(fromDay, offsetMinutes), toMs: now, offsetMinutes };
}

export const inPeriod = (period: Period, day: string) =>
  day >= period.fromDay && day <= period.toDay;
