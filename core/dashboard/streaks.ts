/** Days in a row with a check-in (a session or a journal entry). */
import { addDays } from './days';

export interface Streak {
  /** Days in a row up to today; today not yet checked in does not break it (yesterday counts). */
  current_days: number;
  longest_days: number;
}

export function streaks(activeDays: ReadonlySet<string>, today: string): Streak {
  let current = 0;
  let day = activeDays.has(today) ? today : addDays(today, -1);
  while (activeDays.has(day)) {
    current += 1;
    day = addDays(day, -1);
  }
  let longest = 0;
  for (const start of activeDays) {
    // Count only from the first day of a run.
    if (activeDays.has(addDays(start, -1))) continue;
    let length = 0;
    for (let d = start; activeDays.has(d); d = addDays(d, 1)) length += 1;
    longest = Math.max(longest, length);
  }
  return { current_days: current, longest_days: longest };
}
