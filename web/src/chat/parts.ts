/**
 * The seam between the chat page and the parts other work on issue 8 builds (fusion, the built-in
 * responder, conversation safety, sessions, burnout). The page imports those parts through here,
 * so a part that changes shape changes one file.
 */
import { FusionSmoother, fuseReadings, type FusionInput } from '../../../core/fusion';
import type { FusedReading } from '../../../core/fusion/types';

export { respond } from '../../../core/conversation';
export { textReading as textModalityReading, followingMessage } from '../../../core/fusion';
export { buildBaseline, EMPTY_BASELINE } from '../../../core/fusion';
export {
  judgeConversation,
  safetyReply,
  type ConversationRisk,
  type CrisisLevel,
  type CrisisResult,
  type JudgedTurn,
  type Region,
} from '../../../core/text/crisis';
export type { BurnoutEstimate, JournalMood, SessionFigures } from '../../../core/burnout/types';

export interface Fusion {
  /** Fuses the latest readings and smooths the result over the session. */
  update(input: FusionInput): FusedReading;
}

/**
 * Fusion for one session, in the page: it is pure and takes about a microsecond (bench/fusion.ts),
 * so the chat, which fuses once per message, needs no worker for it.
 */
export function createFusion(): Fusion {
  const smoother = new FusionSmoother();
  return { update: (input) => smoother.push(fuseReadings(input)) };
}

export type { SessionSummary } from '../../../core/sessions/summary';

/**
 * The reply route's limits (edge-api/src/schemas/chat-reply.ts), written here so the page does not
 * bundle the server's schemas; parts.test.ts holds them equal.
 */
export const MESSAGE_MAX_CHARS = 4_000;
export const HISTORY_MAX_TURNS = 20;
