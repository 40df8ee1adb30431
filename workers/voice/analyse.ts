/**
 * One speech segment to one reading: features (the audio is dropped right there), then the user's
 * running baseline for stress (z-scores) and for the emotion model's input (features centred on the user).
 */
import { VoiceBaseline } from './baseline';
import * as emotionModel from './emotion-model';
import { estimateFrom } from '../shared/estimate';
import { analyseAndDropSegment } from './segment';
import type { NoSpeech, SkippedSegment, VoiceReading } from './reading';

/**
 * Steady background noise over time: follows a quieter room at once and a louder one slowly, so a
 * fan switched on is absorbed within a few segments but one noisy segment does not move it much.
 */
export class NoiseFloorTracker {
  floorDb: number | undefined;

  observe(segmentFloorDb: number): void {
    if (this.floorDb === undefined || segmentFloorDb < this.floorDb) this.floorDb = segmentFloorDb;
    else this.floorDb += 0.2 * (segmentFloorDb - this.floorDb);
  }
}

export class VoiceAnalyser {
  baseline = new VoiceBaseline(emotionModel.VOICE_PRIOR);
  readonly noise = new NoiseFloorTracker();
  private busy = false;

  /**
   * Takes ownership of `buffer` (transferred in): it is zeroed and detached here. One segment at a
   * time: one that arrives while another is being analysed is zeroed and skipped, not queued.
   */
  async analyse(
    buffer: ArrayBuffer,
    sampleRate: number,
    vadPerFrame = 0,
  ): Promise<VoiceReading | NoSpeech | SkippedSegment> {
    const timestamp = Date.now();
    if (this.busy) {
      new Float32Array(buffer).fill(0);
      return { type: 'skipped', timestamp };
    }
    this.busy = true;
    try {
      return await this.read(buffer, sampleRate, vadPerFrame, timestamp);
    } finally {
      this.busy = false;
    }
  }

  private async read(
    buffer: ArrayBuffer,
    sampleRate: number,
    vadPerFrame: number,
    timestamp: number,
  ): Promise<VoiceReading | NoSpeech> {
    const segmentSeconds = buffer.byteLength / Float32Array.BYTES_PER_ELEMENT / sampleRate;
    const start = performance.now();
    const floor = this.noise.floorDb;
    const { vector, summary } = analyseAndDropSegment(
      buffer,
      sampleRate,
      floor === undefined ? {} : { noiseFloorDb: floor },
    );
    const featuresDone = performance.now();
    this.noise.observe(summary.noiseFloorDb);
    if (!VoiceBaseline.hasSpeech(vector)) return { type: 'no_speech', timestamp };
    // Centred on the baseline as it stood before this segment; observe() then learns from it.
    const input = this.baseline.centred(vector, emotionModel.VOICE_SCALE);
    const { stress, indicators, calibrating } = this.baseline.observe(vector);
    const probabilities = await emotionModel.predict(input);
    const end = performance.now();
    const { logMel: _logMel, ...numbers } = summary;
    return {
      type: 'voice',
      timestamp,
      segmentSeconds,
      ...estimateFrom(probabilities),
      stress,
      calibrating,
      indicators,
      summary: numbers,
      ms: {
        features: featuresDone - start,
        model: end - featuresDone,
        total: end - start,
        vadPerFrame,
      },
    };
  }

  /** A new person or session: forget the baseline and the noise floor. */
  reset(): void {
    this.baseline = new VoiceBaseline(emotionModel.VOICE_PRIOR);
    this.noise.floorDb = undefined;
  }
}
