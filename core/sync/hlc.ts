/**
 * Hybrid logical clock. A timestamp is a fixed-width string that sorts lexicographically in
 * causal order: wall-clock milliseconds, a counter for events within one millisecond, and the
 * node (device) id, which breaks ties deterministically between devices.
 */

import { MAX_CLOCK_AHEAD_MS } from './constants';

// 36^11 ms is about 4.2 million years, far past any date a person can set; the width only has to
// keep every timestamp the same length so that string order is time order.
const WALL_WIDTH = 11; // base-36 milliseconds
const COUNTER_WIDTH = 4; // base-36: 1.6 million events per millisecond
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;

export interface HlcParts {
  wallMs: number;
  counter: number;
  node: string;
}

export const HLC_PATTERN = /^[0-9a-z]{11}-[0-9a-z]{4}-[A-Za-z0-9_-]{1,64}$/;

export function isHlc(value: string): boolean {
  return HLC_PATTERN.test(value);
}

export function formatHlc({ wallMs, counter, node }: HlcParts): string {
  return `${wallMs.toString(36).padStart(WALL_WIDTH, '0')}-${counter
    .toString(36)
    .padStart(COUNTER_WIDTH, '0')}-${node}`;
}

export function parseHlc(value: string): HlcParts {
  if (!isHlc(value)) throw new Error(`not a hybrid logical clock timestamp: ${value}`);
  const [wall, counter, ...node] = value.split('-');
  return { wallMs: parseInt(wall!, 36), counter: parseInt(counter!, 36), node: node.join('-') };
}

/** Total order on timestamps: later wall time, then higher counter, then node id. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The device's clock, corrected by its measured offset from the server's clock once known, so a
 * device whose clock is hours off still stamps its edits in real-time order with the others.
 */
export class HybridLogicalClock {
  private wallMs = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last?: string,
    /** server clock minus device clock, as last measured (adoptServerTime). */
    private offset = 0,
  ) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(node)) throw new Error(`invalid clock node id: ${node}`);
    // Our own last timestamp is trusted even if far ahead of the wall clock (the device clock
    // may have been set back): later local events must still sort after it.
    if (last) this.advanceTo(parseHlc(last));
  }

  /** The device clock corrected by the measured offset. */
  correctedNow(): number {
    return this.now() + this.offset;
  }

  /** server clock minus device clock, for the store to keep (pass it back to the constructor). */
  get offsetMs(): number {
    return this.offset;
  }

  /**
   * The server's clock as it just reported it. From now on timestamps follow the corrected clock,
   * and a last timestamp further ahead of it than the server accepts is dropped: it came from the
   * wrong clock, and following it would stamp every later edit so that the server refuses it.
   */
  adoptServerTime(serverTimeMs: number): void {
    this.offset = serverTimeMs - this.now();
    const corrected = this.correctedNow();
    if (this.wallMs - corrected > MAX_CLOCK_AHEAD_MS) {
      this.wallMs = corrected;
      this.counter = 0;
    }
  }

  /** A fresh timestamp for a local event, strictly after every timestamp followed so far. */
  tick(): string {
    const physical = this.correctedNow();
    if (physical > this.wallMs) {
      this.wallMs = physical;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    if (this.counter > MAX_COUNTER) {
      this.wallMs += 1;
      this.counter = 0;
    }
    return formatHlc({ wallMs: this.wallMs, counter: this.counter, node: this.node });
  }

  /**
   * Moves the clock past a timestamp from another device so later local events sort after it. The
   * server refuses changes stamped more than MAX_CLOCK_AHEAD_MS ahead of its clock, so a remote
   * timestamp beyond that (data stored before the limit existed) is not followed.
   */
  receive(remote: string): void {
    const parts = parseHlc(remote);
    if (parts.wallMs - this.correctedNow() > MAX_CLOCK_AHEAD_MS) return;
    this.advanceTo(parts);
  }

  private advanceTo({ wallMs, counter }: HlcParts): void {
    if (wallMs > this.wallMs || (wallMs === this.wallMs && counter > this.counter)) {
      this.wallMs = wallMs;
      this.counter = counter;
    }
  }
}
