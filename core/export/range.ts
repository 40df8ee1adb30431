/**
 * The date range of an export or report: whole calendar days at the person's offset from UTC,
 * both ends included, so "2026-03-01 to 2026-03-07" means what a person reads in it.
 */
import { addDays, dayStart, type Period } from '../dashboard/days';

export interface DateRange {
  /** 'YYYY-MM-DD', the first day included. */
  from: string;
  /** 'YYYY-MM-DD', the last day included. */
  to: string;
}

/** The first instant of `from` and the last millisecond of `to`, at `offsetMinutes` east of UTC. */
export function rangeBounds(range: DateRange, offsetMinutes = 0): { fromMs: number; toMs: number } {
  return {
    fromMs: dayStart(range.from, offsetMinutes),
    toMs: dayStart(addDays(range.to, 1), offsetMinutes) - 1,
  };
}

/** Whether an ISO instant falls inside the range. */
export function instantInRange(iso: string, range: DateRange, offsetMinutes = 0): boolean {
  const { fromMs, toMs } = rangeBounds(range, offsetMinutes);
  const at = Date.parse(iso);
  return at >= fromMs && at <= toMs;
}

/** The range as a dashboard period, ending at `now` when the range reaches past it. */
export function rangePeriod(range: DateRange, now: number, offsetMinutes = 0): Period {
  const { fromMs, toMs } = rangeBounds(range, offsetMinutes);
  return {
    fromDay: range.from,
    toDay: range.to,
    fromMs,
    toMs: Math.max(fromMs, Math.min(toMs, now)),
    offsetMinutes,
  };
}

/** A sentence when the range cannot be used, else null. */
export function rangeProblem(range: DateRange): string | null {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!date.test(range.from) || !date.test(range.to)) return 'Choose both a first and a last day.';
  if (Number.isNaN(Date.parse(range.from)) || Number.isNaN(Date.parse(range.to))) {
    return 'One of the days is not a real date.';
  }
  if (range.from > range.to) return 'The first day must not be after the last day.';
  return null;
}
