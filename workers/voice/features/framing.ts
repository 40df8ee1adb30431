/** Analysis grid shared by every frame-level feature: 16 kHz, 512-sample (32 ms) frames, 256-sample hop. */
export const ANALYSIS_RATE = 16_000;
export const FRAME_SIZE = 512;
export const HOP_SIZE = 256;
export const HOPS_PER_SECOND = ANALYSIS_RATE / HOP_SIZE;

/** Number of whole frames in a signal; a signal shorter than one frame still gives one (zero-padded) frame. */
export function frameCount(length: number): number {
  return length < FRAME_SIZE ? 1 : 1 + Math.floor((length - FRAME_SIZE) / HOP_SIZE);
}

/** Copies frame `index` into `out`, zero-padding past the end. */
export function readFrame(samples: Float32Array, index: number, out: Float32Array): Float32Array {
  const start = index * HOP_SIZE;
  const available = Math.max(0, Math.min(FRAME_SIZE, samples.length - start));
  out.set(samples.subarray(start, start + available));
  out.fill(0, available);
  return out;
}

/** Meyda's default window ("hanning"): 0.5 - 0.5 cos(2 pi n / (N - 1)). */
export function hannWindow(size: number): Float32Array {
  const window = new Float32Array(size);
  for (let n = 0; n < size; n++) window[n] = 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / (size - 1));
  return window;
}
