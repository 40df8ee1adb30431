/**
 * Hybrid logical clock. A timestamp is a fixed-width string that sorts lexicographically in
 * causal order: wall-clock milliseconds, a counter for events within one millisecond, and the
 * node (device) id, which breaks ties deterministically between devices.
 */

const WALL_WIDTH = 11; // base-36 milliseconds: enough until the year 5188
const COUNTER_WIDTH = 4; // base-36: 1.6 million events per millisecond
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A remote clock further ahead than this is treated as broken rather than followed. */
const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

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

export class HybridLogicalClock {
  private wallMs = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last?: string,
  ) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(node)) throw new Error(`invalid clock node id: ${node}`);
    // Our own last timestamp is trusted even if far ahead of the wall clock (the device clock
    // may have been set back): later local events must still sort after it.
    if (last) this.advanceTo(parseHlc(last));
  }

  /** A fresh timestamp for a local event, strictly after every timestamp seen so far. */
  tick(): string {
    const physical = this.now();
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

  /** Moves the clock past a timestamp from another device so later local events sort after it. */
  receive(remote: string): void {
    const parts = parseHlc(remote);
    if (parts.wallMs - this.now() > MAX_DRIFT_MS) return;
    this.advanceTo(parts);
  }

  private advanceTo({ wallMs, counter }: HlcParts): void {
    if (wallMs > this.wallMs || (wallMs === this.wallMs && counter > this.counter)) {
      this.wallMs = wallMs;
      this.counter = counter;
    }
  }
}
