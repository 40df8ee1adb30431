import { normalizeForMatching } from '../text/normalize';
import { phrase } from '../text/phrases';
import type { Part, Parts } from './compose';
import { ASK, ASK_LOSS, ASK_PERSON, ASK_SELF_KIND, ASK_TOPIC } from './library/ask';
import {
  AFFIRM,
  HIDDEN_GAP,
  HIDDEN_GAP_SIGN,
  NEWS,
  RECALL,
  SUMMARISE,
  SUMMARY_ASK,
  VALIDATE,
} from './library/support';
import {
  REFLECT_CLAUSE,
  REFLECT_FEELING,
  REFLECT_FEELING_PERSON,
  REFLECT_FEELING_TOPIC,
  REFLECT_ONGOING,
  REFLECT_GLAD,
  REFLECT_MIXED,
  REFLECT_PERSON,
  REFLECT_PLAIN,
  REFLECT_RETURNING,
  REFLECT_SELF_CRITICAL,
  REFLECT_TOPIC,
  SORRY,
} from './library/reflect';
import type { SessionMemory } from './memory';
import { isSoft, memoryToRecall, sessionTopics } from './slots';
import type { Tone } from './tone';
import type { ConversationContext } from './types';

const SELF_CRITICAL = phrase(
  "why do i always|i always (?:mess|screw|ruin|get it wrong)|i'?m (?:so )?(?:stupid|useless|a failure|an idiot|pathetic|worthless|not good enough)|i hate myself|i hate who i am|what'?s wrong with me|i ruin everything|i can'?t do anything right",
);

/** How often (in the person's messages) the companion sums up what it has heard. */
const SUMMARY_EVERY = 4;
/** How often it brings back something from earlier when the message itself names things. */
const RECALL_EVERY = 3;

/** The reflection: the most specific one their words allow, said fresh. */
function reflection(memory: SessionMemory, tone: Tone, parts: Parts): Part {
  const feelings = memory.mentions.feelings;
  if (parts.slots.mixed) {
    return parts.preferring(
      REFLECT_MIXED.filter((t) => t.includes('{topic}')),
      REFLECT_MIXED,
    );
  }
  const glad = feelings.length > 0 && feelings.every((feeling) => feeling.family === 'happy');
  if (glad || tone === 'upbeat') {
    return parts.preferring([...REFLECT_GLAD, ...REFLECT_CLAUSE.glad], NEWS.glad);
  }
  const register = isSoft(tone) ? 'soft' : 'warm';
  return parts.preferring(
    REFLECT_RETURNING,
    [
      ...REFLECT_CLAUSE[register],
      // The person only when nothing more specific was named ("the breakup", not "your girlfriend").
      ...(parts.slots.topic ? [] : REFLECT_FEELING_PERSON[register]),
      ...REFLECT_FEELING_TOPIC[register],
    ],
    [...REFLECT_TOPIC[register], ...REFLECT_PERSON[register]],
    REFLECT_FEELING[register],
    REFLECT_ONGOING[register],
    REFLECT_PLAIN[register],
  );
}

/**
 * A reply to someone telling us something: reflect, then one of summary, memory, affirmation or
 * validation, then an open question or the offered intervention. Stressed or low: fewer, shorter
 * sentences and more validation; calm or upbeat: warmer and more curious.
 */
export function shareParts(
  context: ConversationContext,
  memory: SessionMemory,
  tone: Tone,
  parts: Parts,
  offer: Part | null,
  valence: number,
): Part[] {
  const soft = isSoft(tone);
  const register = soft ? 'soft' : 'warm';
  const reflect = reflection(memory, tone, parts);
  const named = memory.mentions.people.length + memory.mentions.things.length;
  // A reflection that already said their phrase is not followed by a question that says it again.
  const said = (slot: string | undefined) => slot !== undefined && reflect[0]?.includes(slot);
  const slots = parts.slots;
  const question =
    tone === 'upbeat'
      ? parts.from(ASK.upbeat)
      : parts.from(
          ASK[register],
          register === 'warm' && valence < -0.1 ? ASK.probe : [],
          said(slots.topic) ? [] : ASK_TOPIC[register],
          said(slots.person) ? [] : ASK_PERSON[register],
        );

  if (offer)
    return soft
      ? [reflect, offer]
      : [reflect, memory.mentions.effort ? parts.from(AFFIRM) : [], offer];
  const distressed = memory.mentions.feelings.some((feeling) => feeling.family !== 'happy');
  if (context.mood?.hiddenStress && !distressed && !HIDDEN_GAP_SIGN.test(memory.said)) {
    // Said alone: a cheerful reflection first would contradict the gap it names.
    return [parts.from(HIDDEN_GAP)];
  }
  const turn = memory.userTurns;
  if (turn >= SUMMARY_EVERY && turn % SUMMARY_EVERY === 0 && sessionTopics(memory).length >= 2) {
    return [parts.from(SUMMARISE[register]), parts.from(SUMMARY_ASK)];
  }
  if (memory.mentions.things.some((thing) => thing.key === 'loss')) {
    return [parts.from(SORRY.open), parts.from(SORRY.follow), parts.from(ASK_LOSS)];
  }
  if (normalizeForMatching(memory.latest).search(SELF_CRITICAL) !== -1) {
    return [parts.from(REFLECT_SELF_CRITICAL[register]), parts.from(ASK_SELF_KIND)];
  }
  if (memory.mentions.effort) return [reflect, parts.from(AFFIRM), question];
  if (memoryToRecall(memory) && (named === 0 || turn % RECALL_EVERY === 0)) {
    return [reflect, parts.from(RECALL[register])];
  }
  // Validation is optional ('') so a long reflection of their own words can stay within budget.
  return soft ? [reflect, [...parts.from(VALIDATE), ''], question] : [reflect, question];
}
