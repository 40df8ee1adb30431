/**
 * Cuts speech segments of 2-5 s out of a stream of 32 ms frames, from silero's per-frame speech
 * probability. A segment keeps the short pauses inside it (pause ratio and breathing are features)
 * and ends after a longer silence or at 5 s; anything shorter than 2 s is zeroed and dropped. The
 * segmenter holds at most 5 s of audio, and zeroes what it held each time it lets go.
 */
import { ANALYSIS_RATE, FRAME_SIZE } from './features/framing';

export const VAD_FRAME = FRAME_SIZE;
const FRAMES_PER_SECOND = ANALYSIS_RATE / VAD_FRAME;

export interface SegmenterOptions {
  /** Speech starts at this probability ... */
  positive: number;
  /** ... and continues while frames stay above this one (hysteresis). */
  negative: number;
  /** Frames kept from before the onset, so the first syllable is whole. */
  preSpeechFrames: number;
  /** Quiet frames that end a segment. */
  redemptionFrames: number;
  /** Quiet frames kept after the last speech frame. */
  tailFrames: number;
  minFrames: number;
  maxFrames: number;
}

// silero's own thresholds; 0.8 s of quiet ends a phrase, shorter breaths stay inside it.
export const DEFAULT_SEGMENTER: SegmenterOptions = {
  positive: 0.5,
  negative: 0.35,
  preSpeechFrames: 3,
  redemptionFrames: Math.round(0.8 * FRAMES_PER_SECOND),
  tailFrames: Math.round(0.2 * FRAMES_PER_SECOND),
  minFrames: Math.ceil(2 * FRAMES_PER_SECOND),
  maxFrames: Math.floor(5 * FRAMES_PER_SECOND),
};

export class SpeechSegmenter {
  private readonly buffer: Float32Array;
  private readonly pre: Float32Array;
  private frames = 0;
  private preCount = 0;
  private preHead = 0;
  private lastSpeech = -1;
  private quiet = 0;
  private inSpeech = false;

  constructor(private readonly options: SegmenterOptions = DEFAULT_SEGMENTER) {
    this.buffer = new Float32Array(options.maxFrames * VAD_FRAME);
    this.pre = new Float32Array(options.preSpeechFrames * VAD_FRAME);
  }

  /** Takes one frame; returns a finished segment (a fresh array the caller owns) or nothing. */
  push(frame: Float32Array, probability: number): Float32Array<ArrayBuffer> | undefined {
    const { positive, negative } = this.options;
    if (!this.inSpeech) {
      if (probability < positive) {
        this.remember(frame);
        return undefined;
      }
      this.inSpeech = true;
      this.replayPreSpeech();
    }
    this.append(frame);
    if (probability >= negative) {
      this.lastSpeech = this.frames - 1;
      this.quiet = 0;
    } else {
      this.quiet++;
    }
    if (this.quiet >= this.options.redemptionFrames) return this.cut(false);
    if (this.frames === this.options.maxFrames) return this.cut(this.quiet === 0);
    return undefined;
  }

  /** Forgets everything, zeroing the audio it held. */
  clear(): void {
    this.buffer.fill(0);
    this.pre.fill(0);
    this.frames = this.preCount = this.preHead = this.quiet = 0;
    this.lastSpeech = -1;
    this.inSpeech = false;
  }

  private cut(stillSpeaking: boolean): Float32Array<ArrayBuffer> | undefined {
    const length = Math.min(this.frames, this.lastSpeech + 1 + this.options.tailFrames);
    const segment =
      length >= this.options.minFrames ? this.buffer.slice(0, length * VAD_FRAME) : undefined;
    this.clear();
    this.inSpeech = stillSpeaking;
    return segment;
  }

  private append(frame: Float32Array): void {
    this.buffer.set(frame, this.frames * VAD_FRAME);
    this.frames++;
  }

  private remember(frame: Float32Array): void {
    if (!this.options.preSpeechFrames) return;
    this.pre.set(frame, this.preHead * VAD_FRAME);
    this.preHead = (this.preHead + 1) % this.options.preSpeechFrames;
    this.preCount = Math.min(this.preCount + 1, this.options.preSpeechFrames);
  }

  private replayPreSpeech(): void {
    const n = this.options.preSpeechFrames;
    for (let i = 0; i < this.preCount; i++) {
      const slot = (this.preHead - this.preCount + i + n) % n;
      this.append(this.pre.subarray(slot * VAD_FRAME, (slot + 1) * VAD_FRAME));
    }
    this.pre.fill(0);
    this.preCount = this.preHead = 0;
  }
}
