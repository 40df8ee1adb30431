/**
 * What a conversation session amounted to, computed from its records alone, so the device (when a
 * session ends, offline too) and the server (POST /api/chat/session/end) write the same summary.
 */
import { MICRO_INTERVENTIONS, type MicroIntervention } from '../conversation/types';
import { EMOTIONS, type Emotion } from '../emotions';
import type { EmotionLogData, FeedbackData, MessageData } from '../sync/protocol';
import { findStressors } from '../text/stressors';
import {
  HIGH_STRESS,
  TOPIC_WORD_MAX_LENGTH,
  TOPIC_WORDS_MAX,
  type SessionSummary,
  type SessionTopic,
  type SuggestionOutcome,
} from './summary-schema';

export { HIGH_STRESS, type SessionSummary } from './summary-schema';

/**
 * A reading stands for the time until the next one, but not longer than this: a gap means the
 * person paused or the camera was off, and the last known stress should not fill it.
 */
export const READING_HOLDS_MS = 60_000;

type Log = Pick<EmotionLogData, 'recorded_at' | 'final_emotion' | 'stress_score'> &
  Pick<EmotionLogData, 'final_confidence' | 'hidden_stress_detected'>;
type Message = Pick<MessageData, 'sender' | 'content' | 'emotion_label' | 'suggestion'>;
type Feedback = Pick<FeedbackData, 'suggestion_type' | 'was_helpful' | 'rating'>;

/**
 * The session's summary from its live records (tombstones left out by the caller). `endedAt`
 * lets the last reading count until the session ended (at most READING_HOLDS_MS).
 */
export function summarizeSession(
  emotionLogs: readonly Log[],
  messages: readonly Message[],
  feedback: readonly Feedback[],
  endedAt?: string,
): SessionSummary {
  const logs = [...emotionLogs].sort((a, b) => at(a) - at(b));
  const stresses = logs.flatMap((log) => (log.stress_score === null ? [] : [log.stress_score]));
  return {
    dominant_emotion: dominantEmotion(logs, messages),
    mean_stress: stresses.length === 0 ? null : round1(mean(stresses)),
    peak_stress: stresses.length === 0 ? null : Math.max(...stresses),
    minutes_above_70: round1(msAboveHighStress(logs, endedAt) / 60_000),
    hidden_stress_moments: hiddenStressMoments(logs),
    message_count: messages.length,
    suggestions: suggestionOutcomes(messages, feedback),
    topics: sessionTopics(messages),
  };
}

const at = (log: Pick<Log, 'recorded_at'>) => Date.parse(log.recorded_at);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The fused emotion read most often, ties broken by the summed confidence and then by the
 * taxonomy's order; without readings, the labels of the person's own messages.
 */
function dominantEmotion(logs: readonly Log[], messages: readonly Message[]): Emotion | null {
  const votes = new Map<Emotion, { count: number; weight: number }>();
  const vote = (emotion: Emotion | null, weight: number) => {
    if (emotion === null) return;
    const current = votes.get(emotion) ?? { count: 0, weight: 0 };
    votes.set(emotion, { count: current.count + 1, weight: current.weight + weight });
  };
  for (const log of logs) vote(log.final_emotion, log.final_confidence ?? 0);
  if (votes.size === 0) {
    for (const message of messages) if (message.sender === 'user') vote(message.emotion_label, 0);
  }
  let best: Emotion | null = null;
  for (const emotion of EMOTIONS) {
    const candidate = votes.get(emotion);
    const leader = best === null ? undefined : votes.get(best);
    if (!candidate) continue;
    if (
      !leader ||
      candidate.count > leader.count ||
      (candidate.count === leader.count && candidate.weight > leader.weight)
    ) {
      best = emotion;
    }
  }
  return best;
}

function msAboveHighStress(logs: readonly Log[], endedAt: string | undefined): number {
  const end = endedAt === undefined ? null : Date.parse(endedAt);
  let total = 0;
  logs.forEach((log, index) => {
    if (log.stress_score === null || log.stress_score <= HIGH_STRESS) return;
    const next = logs[index + 1];
    const until = next ? at(next) : end;
    if (until === null) return;
    total += Math.min(Math.max(until - at(log), 0), READING_HOLDS_MS);
  });
  return total;
}

/** A run of flagged readings is one moment: the flag staying on is not a new event. */
function hiddenStressMoments(logs: readonly Log[]): number {
  let moments = 0;
  let flagged = false;
  for (const log of logs) {
    if (log.hidden_stress_detected && !flagged) moments += 1;
    flagged = log.hidden_stress_detected;
  }
  return moments;
}

function suggestionOutcomes(
  messages: readonly Message[],
  feedback: readonly Feedback[],
): SuggestionOutcome[] {
  const outcomes = new Map<MicroIntervention, SuggestionOutcome & { ratings: number[] }>();
  const outcome = (type: MicroIntervention) => {
    let current = outcomes.get(type);
    if (!current) {
      current = { type, offered: 0, helpful: 0, not_helpful: 0, mean_rating: null, ratings: [] };
      outcomes.set(type, current);
    }
    return current;
  };
  for (const message of messages) {
    if (message.sender === 'ai' && message.suggestion) outcome(message.suggestion).offered += 1;
  }
  for (const rating of feedback) {
    const current = outcome(rating.suggestion_type);
    if (rating.was_helpful === true) current.helpful += 1;
    if (rating.was_helpful === false) current.not_helpful += 1;
    if (rating.rating !== null) current.ratings.push(rating.rating);
  }
  return MICRO_INTERVENTIONS.flatMap((type) => {
    const current = outcomes.get(type);
    if (!current) return [];
    const { ratings, ...rest } = current;
    return [{ ...rest, mean_rating: ratings.length === 0 ? null : round1(mean(ratings)) }];
  });
}

/** The worries the person named (core/text/stressors.ts), with the words they used, most named first. */
function sessionTopics(messages: readonly Message[]): SessionTopic[] {
  const topics = new Map<SessionTopic['topic'], SessionTopic>();
  for (const message of messages) {
    if (message.sender !== 'user') continue;
    const named = new Set<SessionTopic['topic']>();
    for (const { topic, span } of findStressors(message.content)) {
      const current = topics.get(topic) ?? { topic, mentions: 0, words: [] };
      topics.set(topic, current);
      if (!named.has(topic)) current.mentions += 1;
      named.add(topic);
      const word = span.text
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, TOPIC_WORD_MAX_LENGTH);
      if (word && !current.words.includes(word) && current.words.length < TOPIC_WORDS_MAX) {
        current.words.push(word);
      }
    }
  }
  // Stable sort: equal counts keep the order they were first named in.
  return [...topics.values()].sort((a, b) => b.mentions - a.mentions);
}
