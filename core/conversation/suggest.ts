import { normalizeForMatching } from '../text/normalize';
import { phrase } from '../text/phrases';
import type { Mentions } from './extract';
import { INTERVENTIONS } from './library/interventions';
import type { Tone } from './tone';
import { BIG_TASKS } from './words';
import { MICRO_INTERVENTIONS, type MicroIntervention } from './types';

const PANIC = phrase(
  "panic\\w*|heart (?:is )?(?:racing|pounding)|can'?t calm down|spiral\\w*|racing thoughts|mind (?:is racing|won'?t stop)|shaking",
);
const OVERWHELM = phrase(
  "overwhelm\\w*|too much|so much to do|don'?t know where to (?:start|begin)|where do i (?:start|begin)|drowning|swamped|piling (?:up|things on|it on)|snowed under|behind on|can'?t keep up|never (?:get|be) (?:it )?(?:done|finished)",
);
const ISOLATION = phrase(
  "no ?one|nobody|by myself|no friends|isolated|don'?t have anyone|haven'?t talked to anyone|all alone|on my own",
);
const RESTLESS = phrase(
  "stuck|can'?t focus|can'?t concentrate|restless|been sitting|at my desk|cooped up|staring at (?:the|my) screen|wound up",
);

const has = (pattern: RegExp, text: string): boolean => text.search(pattern) !== -1;

/** Fitting interventions for this message, most fitting first; empty when nothing fits. */
export function fittingInterventions(
  text: string,
  mentions: Mentions,
  tone: Tone,
): MicroIntervention[] {
  const normalized = normalizeForMatching(text);
  const families = new Set(mentions.feelings.map((feeling) => feeling.family));
  const fits: MicroIntervention[] = [];
  if (has(OVERWHELM, normalized) || mentions.things.some((t) => t.worry && BIG_TASKS.has(t.key))) {
    fits.push('split_task');
  }
  if (families.has('lonely') || has(ISOLATION, normalized)) fits.push('reach_out');
  if (has(PANIC, normalized) || families.has('anxious'))
    fits.push('grounding_54321', 'box_breathing');
  if (families.has('angry') || has(RESTLESS, normalized)) fits.push('short_walk');
  // High stress alone fits breathing for someone keyed up, not for someone low and exhausted.
  // High stress alone fits breathing only when the message itself carries some of it: "my sister
  // called" from a stressed person is not a cue to breathe.
  const strained = mentions.topics.length > 0 || families.size > 0;
  if (families.has('stressed') || (tone === 'stressed' && strained && !families.has('tired'))) {
    fits.push('box_breathing');
  }
  return [...new Set(fits)];
}

/** The interventions an earlier reply offered or guided, found by their signature words. */
export function interventionsIn(reply: string): MicroIntervention[] {
  return MICRO_INTERVENTIONS.filter((kind) => INTERVENTIONS[kind].signature.test(reply));
}

/** The intervention a reply offered (not guided): a "yes" after it means "show me how". */
export function offerIn(reply: string): MicroIntervention | null {
  const offered = MICRO_INTERVENTIONS.find((kind) => {
    const { soft, warm } = INTERVENTIONS[kind];
    return [...soft, ...warm].some((template) =>
      template
        .split(/\{\w+\}/)
        .filter((part) => part.length > 12)
        .every((part) => reply.includes(part)),
    );
  });
  return offered ?? null;
}

export interface SuggestionChance {
  tone: Tone;
  /** The person's messages so far that told something, this one included. */
  toldTurns: number;
  /** They asked what to do: a suggestion is welcome even early. */
  askedForHelp: boolean;
  /** Replies since the last one that offered or guided anything (Infinity if none did). */
  sinceLast: number;
  offered: readonly MicroIntervention[];
}

/**
 * One suggestion when it fits, never the first thing said (listen first, unless they ask), never
 * two replies running, never one already offered in the session.
 */
export function chooseSuggestion(
  fits: readonly MicroIntervention[],
  chance: SuggestionChance,
): MicroIntervention | null {
  if (chance.sinceLast < 2) return null;
  if (chance.toldTurns < 2 && !chance.askedForHelp) return null;
  if (chance.tone === 'upbeat' && !chance.askedForHelp) return null;
  return fits.find((kind) => !chance.offered.includes(kind)) ?? null;
}
