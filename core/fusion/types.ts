/**
 * The fusion contract: what each modality hands to fusion and what fusion hands back. The browser
 * (fusion worker, chat page), the server (POST /api/emotion/fuse) and eval all speak these types.
 */
import type { Emotion } from '../emotions';

export const MODALITIES = ['face', 'voice', 'text'] as const;
export type Modality = (typeof MODALITIES)[number];

export type EmotionProbabilities = Record<Emotion, number>;

/** Cues that feed the stress score, each 0..1 unless named otherwise; absent when unknown. */
export interface StressCues {
  /** Face: arousal and brow/jaw tension. */
  faceArousal?: number;
  faceTension?: number;
  /** Face: blinks per minute (raw; fusion compares it to the baseline). */
  blinkRatePerMinute?: number;
  /** Voice: stress against the person's own running baseline (the voice worker's `stress`). */
  vocalStress?: number;
  /** Text: negativity (from sentiment: 0 neutral or positive, 1 most negative). */
  textNegativity?: number;
  /** Text: risk, 0 none, 0.5 elevated, 1 severe (from crisis detection and risk keywords). */
  textRisk?: number;
  /**
   * Text: the words say the person is stressed, anxious or overwhelmed (1; less as the message
   * ages behind later ones). Absent when they do not: most messages say nothing about stress.
   */
  textStress?: number;
}

/** The stress score's parts after comparison with the baseline, each 0..1; absent when unknown. */
export interface StressParts {
  face?: number;
  blink?: number;
  voice?: number;
  textNegativity?: number;
  textRisk?: number;
  textStress?: number;
}

/** One modality's latest reading, labels and scores only. */
export interface ModalityReading {
  modality: Modality;
  probabilities: EmotionProbabilities;
  /** The top class's probability, 0..1. */
  confidence: number;
  /** -1..1 where the modality measures it. */
  valence?: number;
  /** 0..1 where the modality measures it. */
  arousal?: number;
  /** 0..1: face found and how large, speech active, message long enough to read. */
  quality: number;
  /** When it was read, ms since 1970. */
  at: number;
  cues?: StressCues;
}

/** The person's usual levels, from the first minute of a session and their past sessions. */
export interface Baseline {
  /** Mean stress score over past sessions (0-100), null when there is no history. */
  stress: number | null;
  blinkRatePerMinute: number | null;
  faceArousal: number | null;
  /** Readings that built it; fusion says "calibrating" until enough arrived. */
  samples: number;
}

export interface FusionInput {
  readings: Partial<Record<Modality, ModalityReading | null>>;
  baseline: Baseline;
  /** Modalities the person switched off or whose worker failed. */
  off?: readonly Modality[];
  now: number;
  /** When the session began (ms since 1970); the first minute is calibration. */
  sessionStartedAt?: number;
}

export interface HiddenStress {
  /** A stable code, e.g. 'smile_flat_voice_negative_text', for tests, logs and the UI's sentence. */
  pattern: string;
  /** One plain sentence for the person. */
  reason: string;
}

export interface FusedReading {
  emotion: Emotion;
  probabilities: EmotionProbabilities;
  confidence: number;
  valence: number;
  arousal: number;
  /** 0-100, relative to the person's baseline. */
  stress: number;
  /** Stress minus the person's usual stress over past sessions; null without history. */
  stressVsUsual: number | null;
  hiddenStress: HiddenStress | null;
  /** Each modality's share of the fused result; sums to 1 over the modalities that counted. */
  weights: Partial<Record<Modality, number>>;
  /** What the stress score is made of, each 0..1 (absent cues left out), so the UI can say why. */
  stressParts: StressParts;
  calibrating: boolean;
  at: number;
}
