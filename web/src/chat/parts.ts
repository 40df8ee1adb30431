/**
 * The seam between the chat page and the parts other work on issue 8 builds (fusion, the built-in
 * responder, conversation safety, sessions, burnout). The page imports those parts through here,
 * so a part that changes shape changes one file. A part not on main yet has a STAND-IN: the
 * smallest honest version of its contract, replaced by a re-export once it lands.
 */
import type { MicroIntervention } from '../../../core/conversation/types';
import type { Emotion } from '../../../core/emotions';
import { FusionSmoother, fuseReadings, type FusionInput } from '../../../core/fusion';
import type { FusedReading } from '../../../core/fusion/types';
import type { EmotionLogData, MessageData } from '../../../core/sync/protocol';

export { respond } from '../../../core/conversation';
export { textReading as textModalityReading } from '../../../core/fusion';
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
export { estimateBurnoutRisk } from '../../../core/burnout/estimate';
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

/** STAND-IN for core/sessions SessionSummary (the sessions work computes it at session end). */
export interface SessionSummary {
  dominant_emotion: Emotion | null;
  mean_stress: number | null;
  peak_stress: number | null;
  minutes_above_70: number;
  hidden_stress_moments: number;
  message_count: number;
  suggestions: {
    type: MicroIntervention;
    offered: number;
    helpful: number;
    not_helpful: number;
    mean_rating: number | null;
  }[];
  topics: { topic: string; mentions: number; words: string[] }[];
}

/** STAND-IN for core/sessions summarizeSession (same arguments). */
export function summarizeSession(
  logs: readonly EmotionLogData[],
  messages: readonly Pick<MessageData, 'sender'>[],
  feedback: readonly unknown[],
  endedAt?: string,
): SessionSummary {
  void feedback;
  void endedAt;
  const stress = logs.map((log) => log.stress_score).filter((s): s is number => s !== null);
  const counts = new Map<Emotion, number>();
  for (const log of logs) {
    if (log.final_emotion) counts.set(log.final_emotion, (counts.get(log.final_emotion) ?? 0) + 1);
  }
  return {
    dominant_emotion: [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
    mean_stress: stress.length ? stress.reduce((a, b) => a + b, 0) / stress.length : null,
    peak_stress: stress.length ? Math.max(...stress) : null,
    minutes_above_70: 0,
    hidden_stress_moments: logs.filter((log) => log.hidden_stress_detected).length,
    message_count: messages.length,
    suggestions: [],
    topics: [],
  };
}
