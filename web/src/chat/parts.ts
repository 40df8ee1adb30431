/**
 * The seam between the chat page and the parts other work on issue 8 builds (fusion, the built-in
 * responder, conversation safety, burnout). Every import of those parts goes through here, so the
 * page codes against their contracts and a part that changes shape changes one file.
 *
 * Stand-ins below are marked STAND-IN: each is the smallest honest version of the contract, used
 * until the real part lands on main, and replaced by a re-export then.
 */
import { EMOTIONS, type Emotion } from '../../../core/emotions';
import type { EmotionLogData } from '../../../core/sync/protocol';
import type { MicroIntervention, Reply } from '../../../core/conversation/types';
import type { ConversationContext } from '../../../core/conversation/types';
import type { FusedReading, FusionInput, ModalityReading } from '../../../core/fusion/types';
import type { TextAnalysis } from '../../../core/text/analyze';
import { CRISIS_RESOURCES, type CrisisLevel, type CrisisResult } from '../../../core/text/crisis';

export type { CrisisLevel, CrisisResult };
export type Region = string;

/** STAND-IN for core/fusion textReading: the text worker's analysis as a fusion reading. */
export function textModalityReading(args: {
  text: string;
  analysis: TextAnalysis;
  probabilities: ModalityReading['probabilities'] | null;
  at: number;
}): ModalityReading {
  const neutral = Object.fromEntries(EMOTIONS.map((e) => [e, e === 'neutral' ? 1 : 0]));
  const p = args.probabilities ?? (neutral as ModalityReading['probabilities']);
  const risk = { none: 0, elevated: 0.5, severe: 1 }[args.analysis.crisis.level];
  return {
    modality: 'text',
    probabilities: p,
    confidence: args.probabilities ? Math.max(...Object.values(p)) : 0,
    valence: args.analysis.sentiment,
    quality: Math.min(1, args.text.split(/\s+/).length / 4),
    at: args.at,
    cues: { textNegativity: Math.max(0, -args.analysis.sentiment), textRisk: risk },
  };
}

/** STAND-IN: core/fusion's FusionInput gains sessionStartedAt. */
export type ChatFusionInput = FusionInput & { sessionStartedAt?: number };

export interface Fusion {
  /** Fuses the latest readings and smooths the result over the session. */
  update(input: ChatFusionInput): FusedReading;
}

/** STAND-IN for core/fusion fuseReadings + FusionSmoother: the text reading alone. */
export function createFusion(): Fusion {
  return {
    update(input) {
      const text = input.off?.includes('text') ? null : input.readings.text;
      const p = text?.probabilities ?? { ...EMOTIONS_ZERO, neutral: 1 };
      const emotion = EMOTIONS.reduce((a, b) => (p[b] > p[a] ? b : a));
      const parts = text?.cues ?? {};
      const stress = Math.round(
        100 * Math.min(1, 0.6 * (parts.textNegativity ?? 0) + (parts.textRisk ?? 0)),
      );
      return {
        emotion,
        probabilities: p,
        confidence: p[emotion],
        valence: text?.valence ?? 0,
        arousal: 0.5,
        stress,
        hiddenStress: null,
        weights: text ? { text: 1 } : {},
        calibrating:
          input.sessionStartedAt === undefined || input.now - input.sessionStartedAt < 60_000,
        at: input.now,
      } as FusedReading;
    },
  };
}
const EMOTIONS_ZERO = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Record<
  (typeof EMOTIONS)[number],
  number
>;

/** STAND-IN for core/conversation respond: a plain reflective reply. */
export function respond(context: ConversationContext): Reply {
  const last = context.history.at(-1)?.content ?? '';
  return {
    text: `Thank you for telling me. When you say "${last.slice(0, 80)}", what feels heaviest about it?`,
    suggestion: null,
    source: 'builtin',
  };
}

export interface JudgedRisk {
  level: CrisisLevel;
  /** Danger from another person (abuse, threats): its own resources. */
  danger: boolean;
  /** A short code for the safety event log (never the person's words). */
  reason: string;
}

/** STAND-IN for core/text/crisis judgeConversation: the highest level of the latest message. */
export function judgeConversation(
  latest: CrisisResult,
  earlier: readonly CrisisLevel[],
): JudgedRisk {
  void earlier;
  return { level: latest.level, danger: false, reason: latest.reasons[0] ?? latest.level };
}

/** STAND-IN for core/text/crisis safetyReply: warmth, a direct question, the resources. */
export function safetyReply(risk: JudgedRisk, region: Region | null): string {
  void region;
  return risk.level === 'severe'
    ? "I'm really glad you told me, and I'm worried about you. Are you safe right now? You don't have to go through this alone: the people below are there for you at any hour."
    : 'That sounds really heavy. Can I ask you directly: are you having thoughts of ending your life?';
}

/** STAND-IN for core/text/crisis crisisResourcesFor. */
export function crisisResourcesFor(region: Region | null) {
  void region;
  return CRISIS_RESOURCES;
}

/** STAND-IN for core/text/crisis regionFromLocale. */
export function regionFromLocale(
  locale: string | readonly string[] | null | undefined,
): Region | null {
  const first = typeof locale === 'string' ? locale : locale?.[0];
  const match = first && /[-_]([A-Za-z]{2})\b/.exec(first);
  return match ? match[1]!.toUpperCase() : null;
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

/** STAND-IN for core/sessions summarizeSession. */
export function summarizeSession(
  logs: readonly EmotionLogData[],
  messageCount: number,
): SessionSummary {
  const stress = logs.map((log) => log.stress_score).filter((s): s is number => s !== null);
  const counts = new Map<Emotion, number>();
  for (const log of logs) {
    if (log.final_emotion) counts.set(log.final_emotion, (counts.get(log.final_emotion) ?? 0) + 1);
  }
  const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    dominant_emotion: dominant,
    mean_stress: stress.length ? stress.reduce((a, b) => a + b, 0) / stress.length : null,
    peak_stress: stress.length ? Math.max(...stress) : null,
    minutes_above_70: 0,
    hidden_stress_moments: logs.filter((log) => log.hidden_stress_detected).length,
    message_count: messageCount,
    suggestions: [],
    topics: [],
  };
}

/** STAND-IN for core/burnout's BurnoutEstimate. */
export type BurnoutEstimate =
  | { status: 'not_enough_data'; sessionsCounted: number; sessionsNeeded: number; message: string }
  | {
      status: 'estimated';
      score: number;
      level: 'low' | 'medium' | 'high';
      factors: { code: string; sentence: string; contribution: number }[];
      recommendations: { code: string; sentence: string }[];
    };

/** STAND-IN for core/burnout estimateBurnoutRisk over the person's ended sessions. */
export function estimateBurnout(
  sessions: readonly { total_stress_score: number | null }[],
): BurnoutEstimate {
  const counted = sessions.filter((s) => s.total_stress_score !== null).length;
  return {
    status: 'not_enough_data',
    sessionsCounted: counted,
    sessionsNeeded: 3,
    message: 'A burnout estimate needs at least three sessions with stress readings.',
  };
}
