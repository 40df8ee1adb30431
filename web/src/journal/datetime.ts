/** Entries store UTC ISO timestamps; people pick and read them in their own time zone. */

/** The value a `<input type="datetime-local">` shows for a moment, in local time. */
export function toLocalInput(moment: Date | string): string {
  const date = new Date(moment);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** UTC ISO, so stored timestamps sort correctly as strings in the occurred_at index. */
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

export const entryDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
