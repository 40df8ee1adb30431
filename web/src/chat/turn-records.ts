/**
 * What one message leaves behind, computed without I/O so it can be tested: the emotion log row
 * (labels and scores only, never words), the mood the reply adapts to, and the safety level that
 * stays up for the rest of the session once reached.
 */
import type { MoodState } from '../../../core/conversation/types';
import type { FusedReading } from '../../../core/fusion/types';
import type { EmotionLogData } from '../../../core/sync/protocol';
import type { TextReading } from '../../../workers/text/reading';
import type { CrisisLevel, JudgedRisk } from './parts';

/** The emotion log row of one message: every field a label or a number. */
export function emotionLogRow(
  fused: FusedReading,
  reading: TextReading | undefined,
  at: number,
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

/** The safety panel the rest of the session shows: the highest level judged so far. */
export interface SafetyShown {
  level: Exclude<CrisisLevel, 'none'>;
  danger: boolean;
}

const RANK: Record<CrisisLevel, number> = { none: 0, elevated: 1, severe: 2 };

/** Once shown, the panel never goes away or softens within the session; danger adds its lines. */
export function keepSafetyShown(shown: SafetyShown | null, judged: JudgedRisk): SafetyShown | null {
  const danger = (shown?.danger ?? false) || judged.danger;
  const level = RANK[judged.level] > RANK[shown?.level ?? 'none'] ? judged.level : shown?.level;
  if (level === undefined || level === 'none') return danger ? { level: 'severe', danger } : null;
  return { level, danger };
}

/** A judged risk that the companion must answer itself, before (and instead of) any reply. */
export function needsSafetyReply(judged: JudgedRisk): boolean {
  return judged.level !== 'none' || judged.danger;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
