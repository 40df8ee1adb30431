import { freshFirst, type Slots } from './pick';

/** One sentence slot of a reply: its candidates, best first. An empty part is left out. */
export type Part = readonly string[];

/** Builds the candidate list for a part from template pools, the unsaid ones first. */
export class Parts {
  constructor(
    readonly slots: Slots,
    private readonly said: string,
    private readonly random: () => number,
  ) {}

  /** Candidates from the pools together, in seeded order, the ones not yet said first. */
  from(...pools: readonly (readonly string[])[]): Part {
    return freshFirst(pools.flat(), this.slots, this.said, this.random);
  }

  /** The first pool that has a fresh candidate leads; the others follow as fallbacks. */
  preferring(...pools: readonly (readonly string[])[]): Part {
    const lists = pools.map((pool) => freshFirst(pool, this.slots, this.said, this.random));
    const leading = lists.findIndex((list) => list.some((text) => !this.said.includes(text)));
    const ordered =
      leading === -1 ? lists : [lists[leading]!, ...lists.filter((_, i) => i !== leading)];
    return [...new Set(ordered.flat())];
  }

  /** With other slot values (an intervention's task). */
  with(slots: Slots): Parts {
    return new Parts({ ...this.slots, ...slots }, this.said, this.random);
  }
}

/** How many combinations are tried before falling back; far more than a session needs. */
const MAX_TRIES = 500;

/**
 * Joins one candidate from each part into a reply never given before in this session. Tries the
 * best combination first, then varies the later parts before the earlier ones (the reflection
 * leads, so it changes last).
 */
export function combine(parts: readonly Part[], earlier: ReadonlySet<string>): string {
  const used = parts.filter((part) => part.length > 0);
  const total = used.reduce((n, part) => n * part.length, 1);
  for (let attempt = 0; attempt < Math.min(total, MAX_TRIES); attempt += 1) {
    let rest = attempt;
    const chosen: string[] = [];
    for (let i = used.length - 1; i >= 0; i -= 1) {
      const part = used[i]!;
      chosen.unshift(part[rest % part.length]!);
      rest = Math.floor(rest / part.length);
    }
    const text = chosen.join(' ');
    if (!earlier.has(text)) return text;
  }
  // Every combination was said already (a very long session of one message): say so honestly.
  const first = used.map((part) => part[0]).join(' ');
  return `${first} We can stay with this as long as you need.`.trim();
}
