/**
 * The appearance view: two independent expression networks as ONNX on onnxruntime-web (WASM),
 * face-api's FaceExpressionNet (112×112 RGB) and oarriaga's mini-Xception (64×64, gray inside its
 * graph), averaged by `ensembleAppearance`. face-api's is required; if mini-Xception cannot load,
 * the view carries on with face-api's alone and says so in the console.
 */
import * as ort from 'onnxruntime-web/wasm';
import { EMOTIONS, type Emotion } from '../../core/emotions';
import xceptionLayout from '../../models/face/face-expression-xception.json';
import faceApiLayout from '../../models/face/face-expression.json';
import type { EmotionProbabilities } from '../shared/estimate';
import { loadOnce } from '../shared/load-once';
import { fetchModel } from '../shared/model-file';
import { openOwnOriginSession } from '../shared/ort-session';
import { CROP_SIZE, SMALL_CROP_SIZE, type CropPixels } from './crop';
import { ensembleAppearance, type AppearanceNetwork } from './fusion';

interface Network {
  id: AppearanceNetwork;
  url: string;
  what: string;
  size: number;
  pixels: (crop: CropPixels) => Float32Array;
  /** The network's own class order, from its converter's sidecar. */
  classes: readonly Emotion[];
}

const FACE_API: Network = {
  id: 'face-api',
  url: '/models/face-expression.onnx',
  what: 'face expression model',
  size: CROP_SIZE,
  pixels: (crop) => crop.large,
  classes: faceApiLayout.classes as readonly Emotion[],
};
const MINI_XCEPTION: Network = {
  id: 'mini-xception',
  url: '/models/face-expression-xception.onnx',
  what: 'second face expression model (mini-Xception)',
  size: SMALL_CROP_SIZE,
  pixels: (crop) => crop.small,
  classes: xceptionLayout.classes as readonly Emotion[],
};

type Sessions = Map<AppearanceNetwork, ort.InferenceSession>;

async function open(network: Network): Promise<ort.InferenceSession> {
  // One thread: MediaPipe runs on this worker's thread too, and a second ORT thread on a 2-core
  // machine only takes turns with it.
  return openOwnOriginSession(await fetchModel(network.url, network.what), { maxThreads: 1 });
}

async function create(): Promise<Sessions> {
  const [faceApi, xception] = await Promise.allSettled([open(FACE_API), open(MINI_XCEPTION)]);
  if (faceApi.status === 'rejected') throw faceApi.reason;
  const loaded: Sessions = new Map([[FACE_API.id, faceApi.value]]);
  if (xception.status === 'fulfilled') loaded.set(MINI_XCEPTION.id, xception.value);
  else {
    const reason = xception.reason instanceof Error ? xception.reason.message : xception.reason;
    console.warn(`Face worker: ${reason} The appearance view runs on face-api's network alone.`);
  }
  return loaded;
}

const openSessions = loadOnce(create).load;

/** Opens both networks; resolves with the ones that loaded (face-api's always, or it throws). */
export async function load(): Promise<AppearanceNetwork[]> {
  return [...(await openSessions()).keys()];
}

/** Mean probabilities of one network over the batch (e.g. a crop and its mirror image). */
async function run(
  session: ort.InferenceSession,
  network: Network,
  crop: CropPixels,
): Promise<EmotionProbabilities> {
  const n = crop.views;
  const input = new ort.Tensor('float32', network.pixels(crop), [n, network.size, network.size, 3]);
  const output = await session.run({ image: input });
  const data = output.probabilities!.data as Float32Array;
  const result = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as EmotionProbabilities;
  network.classes.forEach((emotion, c) => {
    for (let i = 0; i < n; i++) result[emotion] += data[i * network.classes.length + c]! / n;
  });
  input.dispose();
  output.probabilities!.dispose();
  return result;
}

export interface AppearanceOutput {
  /** The ensemble: what the appearance view says. */
  probabilities: EmotionProbabilities;
  /** Each network that ran, for the eval's ablation and the debug page. */
  networks: Partial<Record<AppearanceNetwork, EmotionProbabilities>>;
}

/** Both networks on the same face, one after the other (one WASM thread), and their ensemble. */
export async function predict(crop: CropPixels): Promise<AppearanceOutput> {
  const loaded = await openSessions();
  const networks: AppearanceOutput['networks'] = {};
  for (const network of [FACE_API, MINI_XCEPTION]) {
    const session = loaded.get(network.id);
    if (session) networks[network.id] = await run(session, network, crop);
  }
  return { probabilities: ensembleAppearance(networks), networks };
}
