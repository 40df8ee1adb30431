/**
 * How often LLM replies were refused by the screen, and why the built-in responder stood in for
 * the LLM: counts and reason codes only, never a word of anyone's conversation. Per process (or
 * isolate); the host may read them for monitoring.
 */
import type { LlmFailure } from './llm';
import type { Screening } from './safety';

export interface ReplyCounters {
  screened: Partial<Record<NonNullable<Screening['reason']>, number>>;
  fallbacks: Partial<Record<LlmFailure, number>>;
}

export function createReplyCounters(): ReplyCounters {
  return { screened: {}, fallbacks: {} };
}

export function count<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
