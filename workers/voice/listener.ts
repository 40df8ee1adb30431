/**
 * The live microphone path inside the worker: Float32 chunks arrive on a MessagePort straight from
 * the AudioWorklet (the main thread never holds them), are cut into 32 ms frames at 16 kHz, run
 * through silero VAD and the segmenter, and each 2-5 s segment is analysed. Every chunk is zeroed
 * once its samples are copied; chunks that arrive while the worker is far behind are dropped.
 */
import type { VoiceAnalyser } from './analyse';
import { ANALYSIS_RATE } from './features/framing';
import { resample } from './features/resample';
import type { VoiceResult } from './reading';
import { SpeechSegmenter, VAD_FRAME } from './segmenter';
import type { SileroVad } from './silero';
import { toWorkerError } from '../shared/status';

// About 2 s of audio waiting: beyond that the worker cannot keep up and drops rather than queue.
const MAX_BACKLOG_SAMPLES = 2 * ANALYSIS_RATE;

export class MicrophoneListener {
  private readonly segmenter = new SpeechSegmenter();
  private readonly frame = new Float32Array(VAD_FRAME);
  private filled = 0;
  private backlog = 0;
  private chain = Promise.resolve();
  private vadMs = 0;
  private vadFrames = 0;
  private stopped = false;

  constructor(
    private readonly port: MessagePort,
    private readonly sampleRate: number,
    private readonly vad: SileroVad,
    private readonly analyser: VoiceAnalyser,
    private readonly onResult: (result: VoiceResult) => void,
  ) {
    vad.reset();
    port.onmessage = (event: MessageEvent<Float32Array>) => this.receive(event.data);
  }

  stop(): void {
    this.stopped = true;
    this.port.onmessage = null;
    this.port.close();
    this.segmenter.clear();
    this.frame.fill(0);
    this.vad.reset();
  }

  private receive(chunk: Float32Array): void {
    if (this.stopped || this.backlog + chunk.length > MAX_BACKLOG_SAMPLES) {
      chunk.fill(0);
      return;
    }
    this.backlog += chunk.length;
    this.chain = this.chain
      .then(() => this.process(chunk))
      .catch((error: unknown) => this.onResult(toWorkerError(error)))
      .finally(() => {
        this.backlog -= chunk.length;
        chunk.fill(0);
      });
  }

  private async process(chunk: Float32Array): Promise<void> {
    const samples =
      this.sampleRate === ANALYSIS_RATE ? chunk : resample(chunk, this.sampleRate, ANALYSIS_RATE);
    for (let i = 0; i < samples.length && !this.stopped;) {
      const take = Math.min(VAD_FRAME - this.filled, samples.length - i);
      this.frame.set(samples.subarray(i, i + take), this.filled);
      this.filled += take;
      i += take;
      if (this.filled === VAD_FRAME) {
        this.filled = 0;
        await this.step();
      }
    }
    if (samples !== chunk) samples.fill(0);
  }

  private async step(): Promise<void> {
    const start = performance.now();
    const probability = await this.vad.probability(this.frame);
    this.vadMs += performance.now() - start;
    this.vadFrames++;
    const segment = this.segmenter.push(this.frame, probability);
    if (!segment) return;
    const vadPerFrame = this.vadMs / this.vadFrames;
    this.vadMs = this.vadFrames = 0;
    // Not awaited: the VAD keeps pace with the stream while the segment is analysed.
    void this.analyser
      .analyse(segment.buffer, ANALYSIS_RATE, vadPerFrame)
      .then(this.onResult, (error: unknown) => this.onResult(toWorkerError(error)));
  }
}
