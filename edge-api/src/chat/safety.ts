/**
 * The one door from the reply stream to the safety net (core/text/crisis/): how risky the
 * conversation is, judged over the whole session with every person message checked again here on
 * the server; the reply we write ourselves when it is; and the screen an LLM reply passes before
 * anyone sees it.
 */
import type { ConversationContext, Reply } from '../../../core/conversation/types';
import {
  detectCrisis,
  judgeConversation as judgeTurns,
  normalizeRegion,
  safetyReply as writeSafetyReply,
  screenReply as screenText,
  type ConversationRisk,
  type JudgedTurn,
  type ScreenReason,
} from '../../../core/text/crisis';

/** The conversation's risk at the person's latest message, from the session so far. */
export function judgeConversation(context: ConversationContext): ConversationRisk {
  const turns = context.history.map((turn): JudgedTurn =>
    turn.sender === 'user'
      ? { ...turn, sender: 'user', crisis: detectCrisis(turn.content) }
      : { ...turn, sender: 'ai' },
  );
  return judgeTurns(turns);
}

/** Our own words for a risky moment, in wordings not yet used in this session. */
export function safetyReply(
  risk: ConversationRisk,
  region: string | null,
  context: ConversationContext,
): Reply {
  const said = context.history.filter((turn) => turn.sender === 'ai').map((turn) => turn.content);
  return writeSafetyReply(risk, normalizeRegion(region), said);
}

export interface Screening {
  allowed: boolean;
  /** A stable code for the counter; never the text. */
  reason: ScreenReason | null;
  /** What to show instead (our words; for method talk, with the crisis lines). */
  replacement: Reply | null;
}

/** Whether a reply written by the LLM may be shown. */
export function screenReply(text: string, region: string | null = null): Screening {
  const screened = screenText(text, normalizeRegion(region));
  return screened.ok
    ? { allowed: true, reason: null, replacement: null }
    : { allowed: false, reason: screened.reason, replacement: screened.replacement };
}
