/**
 * What the face worker sends back. Only these labels and scores leave the worker; frames, crops,
 * landmarks and the 52 blendshapes stay inside it (the blendshapes are returned only when the
 * caller asks for them, for the on-device debug page).
 */
import type { Emotion } from '../../core/emotions';
import type { EmotionProbabilities } from '../shared/estimate';
import type { ModelStatus, WorkerError } from '../shared/status';
import type { FaceBox } from './alignment';
import type { AppearanceNetwork } from './fusion';

export type { EmotionEstimate, EmotionProbabilities } from '../shared/estimate';
export type { WorkerError } from '../shared/status';
export type { FaceBox } from './alignment';

export interface HeadPose {
  /** Degrees; positive yaw = turned to the camera's right, positive pitch = chin up. */
  yaw: number;
  pitch: number;
  roll: number;
}

export interface FaceReading {
  type: 'face';
  timestamp: number;
  emotion: Emotion;
  probabilities: EmotionProbabilities;
  confidence: number;
  /** Confidence below 0.6: shown, but not counted by fusion or history. */
  uncertain: boolean;
  valence: number;
  arousal: number;
  blinkRatePerMinute: number;
  eyeOpenness: number;
  browTension: number;
  jawTension: number;
  headPose: HeadPose;
  /** How many faces were in view; the reading is about the largest. */
  faces: number;
  /** Where that face is: its landmark box as fractions of the frame (x, y from the top left). */
  box: FaceBox;
  /** Worker time for this frame, landmarks to fused emotion. */
  ms: number;
  /** Where `ms` went, stage by stage (ms). */
  timing: FaceTiming;
  /** Only on request (debug page, eval): the raw views, still never leaving the device. */
  debug?: {
    blendshapes: Record<string, number>;
    /** The appearance view: the two networks' ensemble. */
    appearance: EmotionProbabilities;
    /** Each network that ran on this frame, alone (empty when the last answer was reused). */
    networks: Partial<Record<AppearanceNetwork, EmotionProbabilities>>;
    rules: EmotionProbabilities;
  };
}

export interface FaceTiming {
  /** MediaPipe FaceLandmarker. */
  landmarks: number;
  /** Aligned crop drawn and read back (112×112 for face-api, 64×64 for mini-XCEPTION). */
  crop: number;
  /** The two expression networks (0 when their last answer was reused). */
  appearance: number;
  /** Rules, fusion, blink, metrics and head pose. */
  rest: number;
}

export interface NoFaceReading {
  type: 'no_face';
  timestamp: number;
  ms: number;
}

/** The frame arrived while the previous one was still being analysed and was dropped. */
export interface SkippedFrame {
  type: 'skipped';
  timestamp: number;
}

export type FaceResult = FaceReading | NoFaceReading | SkippedFrame | WorkerError;

/** The model workers' status, with the delegate MediaPipe runs on once ready. */
export type FaceStatus = ModelStatus<{ delegate: 'CPU' | 'GPU' }>;
