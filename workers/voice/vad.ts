/** The voice activity model of the voice worker: silero VAD, loaded once from our origin. */
import { Tensor } from 'onnxruntime-web/wasm';
import { loadOnce } from '../shared/load-once';
import { fetchModel } from '../shared/model-file';
import { openOwnOriginSession } from '../shared/ort-session';
import { SileroVad } from './silero';

/** Copied out of @ricky0123/vad-web by the build (models/perception-runtimes-plugin.ts). */
export const VAD_URL = '/models/vad/silero_vad_v5.onnx';

const vad = loadOnce(async (url: string = VAD_URL) => {
  const session = await openOwnOriginSession(await fetchModel(url, 'voice activity model'));
  return new SileroVad(session, Tensor);
});
export const load = vad.load;

/** Speech probability of the next 512-sample frame of the stream. */
export async function predict(frame: Float32Array): Promise<number> {
  return (await load()).probability(frame);
}
