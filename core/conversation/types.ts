/**
 * The conversation contract: what a reply is built from. The built-in responder (core, runs in the
 * page and on the server) and the LLM system prompt (server) both read a ConversationContext.
 */
import type { Emotion } from '../emotions';

export type Sender = 'user' | 'ai';

export interface Turn {
  sender: Sender;
  content: string;
  /** ms since 1970. */
  at: number;
}

/** The fused state, as much of it as the reply needs. */
export interface MoodState {
  emotion: Emotion;
  /** 0-100. */
  stress: number;
  valence: number;
  arousal: number;
  hiddenStress: boolean;
}

export const MICRO_INTERVENTIONS = [
  'box_breathing',
  'grounding_54321',
  'split_task',
  'short_walk',
  'reach_out',
] as const;
export type MicroIntervention = (typeof MICRO_INTERVENTIONS)[number];

export interface ConversationContext {
  /** The whole session so far, oldest first, ending with the person's latest message. */
  history: readonly Turn[];
  mood: MoodState | null;
  /** Suggestions already offered in this session, so they are not pushed every turn. */
  offered: readonly MicroIntervention[];
}

export interface Reply {
  text: string;
  /** The micro-intervention this reply offers, if any (feedback is asked about it). */
  suggestion: MicroIntervention | null;
  /** Which responder wrote it. */
  source: 'builtin' | 'llm' | 'safety';
}
