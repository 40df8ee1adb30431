/**
 * Counts blinks from the eyeBlink blendshapes over time. Hysteresis (close above 0.5, open below
 * 0.3) keeps a noisy half-closed eye from counting twice; a closure longer than 500 ms is the eyes
 * being shut, not a blink.
 */
const CLOSED_ABOVE = 0.5;
const OPEN_BELOW = 0.3;
const LONGEST_BLINK_MS = 500;
const WINDOW_MS = 60_000;
// Below 10 s of observation a rate per minute is mostly noise; extrapolate from 10 s at least.
const MIN_SPAN_MS = 10_000;

export class BlinkCounter {
  private closedSince: number | undefined;
  private blinks: number[] = [];
  private firstSeen: number | undefined;

  /** Feeds one frame's blink score (0 open … 1 closed); returns blinks per minute. */
  update(blinkScore: number, timestampMs: number): number {
    this.firstSeen ??= timestampMs;
    if (this.closedSince === undefined && blinkScore > CLOSED_ABOVE) {
      this.closedSince = timestampMs;
    } else if (this.closedSince !== undefined && blinkScore < OPEN_BELOW) {
      if (timestampMs - this.closedSince <= LONGEST_BLINK_MS) this.blinks.push(timestampMs);
      this.closedSince = undefined;
    }
    this.blinks = this.blinks.filter((t) => timestampMs - t <= WINDOW_MS);
    const span = Math.min(Math.max(timestampMs - this.firstSeen, MIN_SPAN_MS), WINDOW_MS);
    return (this.blinks.length * 60_000) / span;
  }

  reset(): void {
    this.closedSince = undefined;
    this.blinks = [];
    this.firstSeen = undefined;
  }
}
