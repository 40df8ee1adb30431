/**
 * What the voice worker sends back. Only these numbers leave the worker: the waveform is zeroed and
 * its buffer detached as soon as its features are taken.
 */
import type { StressReading } from './baseline';
import type { EmotionEstimate } from '../shared/estimate';
import type { VoiceSummary } from './features/summary';
import type { ModelStatus, WorkerError } from '../shared/status';

export interface VoiceTimings {
  /** Features of the segment (resampling, MFCC, pitch, energy...). */
  features: number;
  /** Baseline z-scores, stress and the emotion model. */
  model: number;
  /** Everything for this segment, end to end inside the worker. */
  total: number;
  /** Mean silero VAD time per 32 ms frame since the previous reading. */
  vadPerFrame: number;
}

export interface VoiceReading extends EmotionEstimate {
  type: 'voice';
  timestamp: number;
  segmentSeconds: number;
  /** 0..1 against the user's own running baseline; null while it is still calibrating. */
  stress: number | null;
  calibrating: boolean;
  indicators: StressReading['indicators'];
  summary: Omit<VoiceSummary, 'logMel'>;
  ms: VoiceTimings;
}

/** A segment the VAD cut but whose features found too little voicing to read. */
export interface NoSpeech {
  type: 'no_speech';
  timestamp: number;
}

/** A segment that came while the previous one was still being analysed and was dropped. */
export interface SkippedSegment {
  type: 'skipped';
  timestamp: number;
}

export type VoiceResult = VoiceReading | NoSpeech | SkippedSegment | WorkerError;
export type VoiceStatus = ModelStatus;
