/** The voice emotion model (models/voice/voice-emotion.onnx): user-centred, scaled features in, 7 probabilities out. */
import { Tensor } from 'onnxruntime-web/wasm';
import layout from '../../models/voice/voice-emotion.json';
import { EMOTIONS, type Emotion } from '../../core/emotions';
import { loadOnce } from '../shared/load-once';
import { fetchModel } from '../shared/model-file';
import { openOwnOriginSession } from '../shared/ort-session';

export const VOICE_MODEL_URL = '/models/voice-emotion.onnx';
/** Population statistics the running baseline leans on until it knows the user. */
export const VOICE_PRIOR = layout.prior;
/** The model's input is (features - the user's mean) / VOICE_SCALE (VoiceBaseline.centred). */
export const VOICE_SCALE = layout.scale;

const order = (layout.classes as Emotion[]).map((emotion) => EMOTIONS.indexOf(emotion));

const session = loadOnce(async (url: string = VOICE_MODEL_URL) =>
  openOwnOriginSession(await fetchModel(url, 'voice emotion model')),
);
export const load = session.load;

/** Probabilities in EMOTIONS order for one centred, scaled feature vector. */
export async function predict(z: Float32Array): Promise<Float32Array> {
  const model = await load();
  const input = new Tensor('float32', z, [1, z.length]);
  const output = await model.run({ [layout.input]: input });
  const scores = output[layout.output]!;
  const probabilities = new Float32Array(EMOTIONS.length);
  order.forEach((to, from) => (probabilities[to] = (scores.data as Float32Array)[from]!));
  scores.dispose();
  return probabilities;
}
