/**
 * The emotion log row written while the camera or microphone feeds the call (every few seconds,
 * not every frame): labels and scores of each modality and the fused result, never pixels or audio.
 */
import type { FusedReading } from '../../../core/fusion/types';
import type { EmotionLogData } from '../../../core/sync/protocol';
import type { FaceReading } from '../../../workers/face/reading';
import type { VoiceReading } from '../../../workers/voice/reading';
import { emotionLogRow } from '../chat/turn-records';

/** How often a streaming call writes a row. */
export const STREAM_LOG_EVERY_MS = 5_000;

const round4 = (value: number) => Number(value.toFixed(4));
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function streamLogRow(
  fused: FusedReading,
  face: FaceReading | undefined,
  voice: VoiceReading | undefined,
  at: number,
): Omit<EmotionLogData, 'session_id'> {
  return {
    ...emotionLogRow(fused, undefined, at, undefined),
    face_emotion: face && !face.uncertain ? face.emotion : null,
    face_confidence: face && !face.uncertain ? round4(face.confidence) : null,
    face_arousal: face ? round4(clamp((face.arousal + 1) / 2, 0, 1)) : null,
    face_valence: face ? round4(clamp(face.valence, -1, 1)) : null,
    voice_emotion: voice && !voice.uncertain ? voice.emotion : null,
    voice_confidence: voice && !voice.uncertain ? round4(voice.confidence) : null,
    voice_stress: voice?.stress == null ? null : round4(clamp(voice.stress, 0, 1)),
  };
}
