import { extractVoiceFeatures, type ExtractOptions, type VoiceFeatures } from './features/extract';

/**
 * Analyses one transferred speech segment and then destroys it: the samples are zeroed and the
 * buffer detached, so no audio survives the call even if something kept a reference to it.
 * Only the returned numbers leave.
 */
export function analyseAndDropSegment(
  buffer: ArrayBuffer,
  sampleRate: number,
  options: ExtractOptions = {},
): VoiceFeatures {
  const samples = new Float32Array(buffer);
  try {
    return extractVoiceFeatures(samples, sampleRate, options);
  } finally {
    samples.fill(0);
    // Transferring into a throwaway clone detaches `buffer` (byteLength 0) in browsers and Node alike.
    structuredClone(buffer, { transfer: [buffer] });
  }
}
