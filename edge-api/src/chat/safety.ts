/**
 * The safety net as the reply stream uses it (core/text/crisis/): the conversation's risk, judged
 * on the server from the whole session before any reply is written, whatever the page already
 * judged; the reply we write ourselves when it is risky; the screen each LLM sentence passes.
 */
import type { ConversationContext } from '../../../core/conversation';
import {
  detectCrisis,
  judgeConversation,
  type ConversationRisk,
  type JudgedTurn,
} from '../../../core/text/crisis';

export { safetyReply, screenReply, type ScreenReason } from '../../../core/text/crisis';

/** Each of the person's messages read by detectCrisis, then the session judged as a whole. */
export function judgeRisk(context: ConversationContext): ConversationRisk {
  const turns: JudgedTurn[] = context.history.map((turn) =>
    turn.sender === 'user'
      ? { ...turn, sender: 'user', crisis: detectCrisis(turn.content) }
      : { ...turn, sender: 'ai' },
  );
  return judgeConversation(turns);
}

/** What the companion already said this session, so safety copy is not repeated word for word. */
export function companionSaid(context: ConversationContext): string[] {
  return context.history.filter((turn) => turn.sender === 'ai').map((turn) => turn.content);
}
