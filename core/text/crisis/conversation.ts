/**
 * Risk judged over the conversation, not message by message: several elevated messages in a row
 * escalate; a plan or means mentioned after hopeless messages is severe; when risk is elevated the
 * companion asks directly, and the person's answer moves the level (a yes, a "sometimes", an
 * "I don't know" raises it; a "no, not like that" lowers the urgency but support stays on offer).
 * The judge walks the session turn by turn, so what the page keeps visible (resources after a
 * severe moment, for the rest of the session) comes out of the same walk.
 */
import type { Turn } from '../../conversation/types';
import { detectDanger, type DangerKind } from './danger';
import {
  asksAboutSafety,
  asksDirectly,
  readDirectAnswer,
  type DirectAnswer,
} from './direct-question';
import type { CrisisResult } from './detect';
import { mentionsPlanOrMeans, PLAN_REASONS } from './means';
import type { CrisisLevel } from './rules';

/** A message of the person's, with what detectCrisis said of it (on the device or the server). */
export interface PersonTurn extends Turn {
  sender: 'user';
  crisis: Pick<CrisisResult, 'level' | 'reasons'>;
}

export interface CompanionTurn extends Turn {
  sender: 'ai';
}

export type JudgedTurn = PersonTurn | CompanionTurn;

/** Why the conversation stands where it does; the safety reply and the stored event name it. */
export type RiskReason =
  | 'none'
  | 'severe-message'
  | 'elevated-message'
  | 'elevated-streak'
  | 'plan-after-hopelessness'
  | 'answered-yes'
  | 'answered-unsure'
  | 'answered-no'
  | 'says-not-safe'
  | 'says-safe'
  | 'someone-else'
  | 'danger';

export interface ConversationRisk {
  level: CrisisLevel;
  reason: RiskReason;
  /** The companion should ask the direct question now. */
  askDirectly: boolean;
  /** Danger from another person in the latest message (detectDanger), none when empty. */
  danger: readonly DangerKind[];
  /** How the latest message answered the direct question or "are you safe?", if either was asked. */
  answer: DirectAnswer | null;
  /** Who answers the latest message: our own safety copy, or the companion (built-in or LLM). */
  respond: 'safety' | 'companion';
  /** What the page keeps showing for the rest of the session. */
  keepVisible: { crisis: CrisisLevel; danger: boolean };
}

/** How many elevated messages in a row make the conversation severe. */
export const ELEVATED_STREAK = 3;
/** The direct question is not asked again while one of the last few companion turns asked it. */
const ASKED_RECENTLY = 3;

const RANK: Record<CrisisLevel, number> = { none: 0, elevated: 1, severe: 2 };
const higher = (a: CrisisLevel, b: CrisisLevel) => (RANK[a] >= RANK[b] ? a : b);

const CALM: ConversationRisk = {
  level: 'none',
  reason: 'none',
  askDirectly: false,
  danger: [],
  answer: null,
  respond: 'companion',
  keepVisible: { crisis: 'none', danger: false },
};

/** The risk of the conversation at its latest person message (the last 'user' turn). */
export function judgeConversation(turns: readonly JudgedTurn[]): ConversationRisk {
  let risk = CALM;
  for (let i = 0; i < turns.length; i += 1) {
    const turn = turns[i]!;
    if (turn.sender === 'user') risk = judgeTurn(turns.slice(0, i), turn, risk);
  }
  return risk;
}

/** Only a report about someone else ("my friend wants to die"): support for them, no question. */
function aboutSomeoneElse(crisis: PersonTurn['crisis']): boolean {
  return (
    crisis.level !== 'none' &&
    crisis.reasons.length > 0 &&
    crisis.reasons.every((reason) => reason === 'someone else is at risk')
  );
}

const atRisk = (turn: PersonTurn) => turn.crisis.level !== 'none' && !aboutSomeoneElse(turn.crisis);

function judgeTurn(before: readonly JudgedTurn[], latest: PersonTurn, was: ConversationRisk) {
  const people = before.filter((turn): turn is PersonTurn => turn.sender === 'user');
  const companion = before.filter((turn) => turn.sender === 'ai');
  const last = before.at(-1);
  const askedLast = last?.sender === 'ai' && asksDirectly(last.content);
  const askedSafety = last?.sender === 'ai' && !askedLast && asksAboutSafety(last.content);
  const answer = askedLast || askedSafety ? readDirectAnswer(latest.content) : null;
  const danger = detectDanger(latest.content).kinds;

  let level = latest.crisis.level;
  let reason: RiskReason =
    level === 'severe' ? 'severe-message' : level === 'elevated' ? 'elevated-message' : 'none';
  if (aboutSomeoneElse(latest.crisis)) reason = 'someone-else';

  const streak = [...people, latest].reverse().findIndex((turn) => !atRisk(turn));
  const inARow = streak === -1 ? people.length + 1 : streak;
  if (level === 'elevated' && reason !== 'someone-else' && inARow >= ELEVATED_STREAK) {
    [level, reason] = ['severe', 'elevated-streak'];
  }
  const planned =
    mentionsPlanOrMeans(latest.content) ||
    latest.crisis.reasons.some((why) => PLAN_REASONS.has(why));
  if (planned && people.some(atRisk)) [level, reason] = ['severe', 'plan-after-hopelessness'];

  if (askedSafety) {
    // "Are you safe?": no, or not knowing, is the most urgent answer; yes lowers the urgency.
    if (answer === 'no' || answer === 'unsure') [level, reason] = ['severe', 'says-not-safe'];
    else if (answer === 'yes' && level !== 'severe') [level, reason] = ['elevated', 'says-safe'];
  } else if (answer === 'yes' || answer === 'unsure') {
    [level, reason] = ['severe', answer === 'yes' ? 'answered-yes' : 'answered-unsure'];
  } else if (answer === 'no' && level !== 'severe') {
    // Lower urgency, not gone: the conversation was worrying enough to ask.
    [level, reason] = ['elevated', 'answered-no'];
  }
  if (danger.length > 0 && level === 'none') reason = 'danger';

  const askedRecently = companion.slice(-ASKED_RECENTLY).some((turn) => asksDirectly(turn.content));
  const askDirectly =
    level === 'elevated' &&
    (reason === 'elevated-message' || reason === 'elevated-streak') &&
    !askedRecently;
  const interrupts =
    level === 'severe' ||
    askDirectly ||
    reason === 'answered-no' ||
    reason === 'says-safe' ||
    reason === 'someone-else' ||
    danger.length > 0;
  return {
    level,
    reason,
    askDirectly,
    danger,
    answer,
    respond: interrupts ? 'safety' : 'companion',
    keepVisible: {
      crisis: higher(was.keepVisible.crisis, level),
      danger: was.keepVisible.danger || danger.length > 0,
    },
  } satisfies ConversationRisk;
}
