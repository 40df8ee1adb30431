/**
 * What one message leaves behind, computed without I/O so it can be tested: the emotion log row
 * (labels and scores only, never words), the mood the reply adapts to, and what the safety panel
 * shows.
 */
import type { MoodState } from '../../../core/conversation/types';
import type { FusedReading } from '../../../core/fusion/types';
import type { EmotionLogData } from '../../../core/sync/protocol';
import type { TextAnalysis } from '../../../core/text/analyze';
import type { TextReading } from '../../../workers/text/reading';
import type { ConversationRisk } from './parts';

/** The emotion log row of one message: every field a label or a number. */
export function emotionLogRow(
  fused: FusedReading,
  reading: TextReading | undefined,
  at: number,
  /** The rule-based reading, from the worker or (when it failed) the page. */
  analysis: TextAnalysis | undefined = reading,
): Omit<EmotionLogData, 'session_id'> {
  const text = reading?.emotion;
  const topics = [...new Set(reading?.stressors.map((stressor) => stressor.topic) ?? [])];
  return {
    recorded_at: new Date(at).toISOString(),
    face_emotion: null,
    face_confidence: null,
    voice_emotion: null,
    voice_confidence: null,
    text_emotion: text?.emotion ?? null,
    text_confidence: text ? round(text.confidence, 4) : null,
    final_emotion: fused.emotion,
    final_confidence: round(fused.confidence, 4),
    stress_score: Math.round(clamp(fused.stress, 0, 100)),
    hidden_stress_detected: fused.hiddenStress !== null,
    face_features: null,
    voice_features: null,
    // Topic labels ('work', 'sleep'), not the person's words.
    text_keywords: topics.length > 0 ? topics : null,
    face_arousal: null,
    face_valence: null,
    voice_stress: null,
    voice_tone: null,
    text_sentiment: analysis ? round(clamp(analysis.sentiment, -1, 1), 4) : null,
    text_risk_level: analysis?.crisis.level ?? null,
  };
}

/** The part of the fused state a reply adapts to. */
export function moodOf(fused: FusedReading | null): MoodState | null {
  if (!fused) return null;
  return {
    emotion: fused.emotion,
    stress: fused.stress,
    valence: fused.valence,
    arousal: fused.arousal,
    hiddenStress: fused.hiddenStress !== null,
  };
}

/** What the safety panel keeps showing for the rest of the session (judgeConversation's walk). */
export type SafetyShown = ConversationRisk['keepVisible'];

export const NOTHING_SHOWN: SafetyShown = { crisis: 'none', danger: false };

/** Whether any of the panel shows. */
export const shows = (shown: SafetyShown) => shown.crisis !== 'none' || shown.danger;

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
