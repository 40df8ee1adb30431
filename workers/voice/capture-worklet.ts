/**
 * AudioWorklet processor: collects the microphone's 128-sample render quanta into 2048-sample
 * chunks (128 ms at 16 kHz) and transfers each one to the voice worker over the MessagePort it is
 * handed, so audio goes from the audio thread to the worker without touching the main thread.
 */
import { CAPTURE_PROCESSOR, type CaptureMessage } from './capture-protocol';

declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(
  name: string,
  processor: new (options?: unknown) => AudioWorkletProcessor,
): void;

const CHUNK = 2048;

class CaptureProcessor extends AudioWorkletProcessor {
  private target: MessagePort | undefined;
  private chunk = new Float32Array(CHUNK);
  private filled = 0;
  private running = true;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<CaptureMessage>) => {
      if ('port' in event.data) this.target = event.data.port;
      else {
        this.running = false;
        this.chunk.fill(0);
        this.target?.close();
      }
    };
  }

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!this.running || !channel || !this.target) return this.running;
    for (let i = 0; i < channel.length;) {
      const take = Math.min(CHUNK - this.filled, channel.length - i);
      this.chunk.set(channel.subarray(i, i + take), this.filled);
      this.filled += take;
      i += take;
      if (this.filled === CHUNK) {
        this.target.postMessage(this.chunk, [this.chunk.buffer]);
        this.chunk = new Float32Array(CHUNK);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor(CAPTURE_PROCESSOR, CaptureProcessor);
