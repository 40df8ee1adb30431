/**
 * silero VAD v5 (the ONNX file @ricky0123/vad-web ships) on our own 32 ms frames at 16 kHz. The
 * model is recurrent: it carries a state and the last 64 samples of the previous frame as context,
 * so frames must arrive in order. Works on any onnxruntime-web session (worker or Node tests).
 */
import type { InferenceSession, Tensor } from 'onnxruntime-web';
import { VAD_FRAME } from './segmenter';

const CONTEXT = 64;
const STATE = [2, 1, 128];

export class SileroVad {
  private state: Tensor;
  private readonly input = new Float32Array(CONTEXT + VAD_FRAME);
  private readonly rate: Tensor;

  constructor(
    private readonly session: InferenceSession,
    private readonly TensorClass: typeof Tensor,
  ) {
    this.state = this.freshState();
    this.rate = new TensorClass('int64', BigInt64Array.from([16_000n]), []);
  }

  /** Speech probability (0..1) of one 512-sample frame. */
  async probability(frame: Float32Array): Promise<number> {
    this.input.copyWithin(0, VAD_FRAME);
    this.input.set(frame, CONTEXT);
    const input = new this.TensorClass('float32', this.input, [1, CONTEXT + VAD_FRAME]);
    const output = await this.session.run({ input, state: this.state, sr: this.rate });
    this.state.dispose();
    this.state = output.stateN!;
    const probability = (output.output!.data as Float32Array)[0]!;
    output.output!.dispose();
    return probability;
  }

  /** A new stream: fresh state, and the audio context it held zeroed. */
  reset(): void {
    this.state.dispose();
    this.state = this.freshState();
    this.input.fill(0);
  }

  private freshState(): Tensor {
    return new this.TensorClass('float32', new Float32Array(2 * 128), STATE);
  }
}
