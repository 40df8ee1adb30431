import { STILL_HERE } from './library/moments';
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

/** Words that sound like an echo when two sentences of one reply both use them. */
const ECHOES = ['heav', 'hard', 'a lot', 'carry', 'slow', 'right now', 'makes sense', 'mind'];
const echoes = (sentences: readonly string[]): boolean =>
  ECHOES.some((word) => sentences.filter((s) => s.toLowerCase().includes(word)).length > 1);

/** How many combinations are weighed; far more than a session needs. */
const MAX_TRIES = 400;
/**
 * What each flaw costs: a sentence heard before is worst, then an echo; then a lesser opening
 * than the best one (their own words said back), then length, growing with the overflow so the
 * optional parts go first.
 */
const COST = { stale: 4, echo: 2, lesserLead: 0.6, long: 0.3, perCharOver: 1 / 300 };

/**
 * Joins one candidate from each part into a reply never given before in this session, choosing
 * the combination with the fewest sentences the person has already heard, then without echoed
 * words, then within `maxChars`. Ties go to the best candidates (earlier in each part); the
 * reflection leads, so it varies last. An empty candidate ('') makes its part optional.
 */
export function combine(
  parts: readonly Part[],
  earlier: readonly string[],
  maxChars = Infinity,
): string {
  const used = parts.filter((part) => part.length > 0);
  const said = earlier.join('\n');
  const stale = used.map((part) => part.map((text) => (text && said.includes(text) ? 1 : 0)));
  const replies = new Set(earlier);
  const total = used.reduce((n, part) => n * part.length, 1);
  let best: { text: string; cost: number } | null = null;
  for (let attempt = 0; attempt < Math.min(total, MAX_TRIES); attempt += 1) {
    let rest = attempt;
    const chosen: string[] = [];
    let staleCount = 0;
    for (let i = used.length - 1; i >= 0; i -= 1) {
      const index = rest % used[i]!.length;
      chosen.unshift(used[i]![index]!);
      staleCount += stale[i]![index]!;
      rest = Math.floor(rest / used[i]!.length);
    }
    const text = chosen.filter(Boolean).join(' ');
    if (replies.has(text)) continue;
    const lead = Math.floor(attempt / (total / used[0]!.length));
    const over = text.length - maxChars;
    const cost =
      staleCount * COST.stale +
      (echoes(chosen) ? COST.echo : 0) +
      (lead > 0 && !stale[0]![0] ? COST.lesserLead : 0) +
      (over > 0 ? COST.long + over * COST.perCharOver : 0);
    if (!best || cost < best.cost) best = { text, cost };
    if (cost === 0) break;
  }
  if (best) return best.text;
  // Every combination was said already (a very long session of one message): add a closing line.
  const more = STILL_HERE.find((closing) => !parts.includes(closing));
  if (more) return combine([...parts, more], earlier, maxChars);
  return used.map((part) => part[0]).join(' ');
}
