/**
 * The face and voice workers' readings as fusion takes them (labels and scores only). A reading
 * the worker marks uncertain keeps its stress cues but its emotion does not count: confidence 0
 * takes it out of the weights, as the workers' contract says.
 */
import { EMOTIONS } from '../../../core/emotions';
import type { EmotionProbabilities, ModalityReading } from '../../../core/fusion/types';
import type { FaceReading } from '../../../workers/face/reading';
import type { VoiceReading } from '../../../workers/voice/reading';

/** A face this wide (share of the frame) or wider is read with full quality. */
export const FULL_QUALITY_FACE_WIDTH = 0.2;

const NEUTRAL_ONLY = Object.fromEntries(
  EMOTIONS.map((emotion) => [emotion, emotion === 'neutral' ? 1 : 0]),
) as EmotionProbabilities;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function faceModalityReading(face: FaceReading, at: number): ModalityReading {
  return {
    modality: 'face',
    probabilities: face.uncertain ? NEUTRAL_ONLY : face.probabilities,
    confidence: face.uncertain ? 0 : face.confidence,
    valence: face.valence,
    // The face worker reports arousal on -1..1; fusion's scale is 0..1.
    arousal: clamp01((face.arousal + 1) / 2),
    quality: clamp01(face.box.width / FULL_QUALITY_FACE_WIDTH),
    at,
    cues: {
      faceArousal: clamp01((face.arousal + 1) / 2),
      faceTension: clamp01(Math.max(face.browTension, face.jawTension)),
      blinkRatePerMinute: face.blinkRatePerMinute,
    },
  };
}

export function voiceModalityReading(voice: VoiceReading, at: number): ModalityReading {
  return {
    modality: 'voice',
    probabilities: voice.uncertain ? NEUTRAL_ONLY : voice.probabilities,
    confidence: voice.uncertain ? 0 : voice.confidence,
    quality: 1,
    at,
    // The voice worker's stress waits for its own baseline; until then only the emotion counts.
    ...(voice.stress === null ? {} : { cues: { vocalStress: clamp01(voice.stress) } }),
  };
}
