/**
 * The landmark view: MediaPipe FaceLandmarker (478 landmarks, 52 blendshapes, pose matrix), and
 * the BlazeFace census that tells it how many faces to look for on a stream (face-census.ts).
 */
import {
  FaceDetector,
  FaceLandmarker,
  FilesetResolver,
  type FaceLandmarkerResult,
} from '@mediapipe/tasks-vision';
import { loadOnce } from '../shared/load-once';
import { fetchModel } from '../shared/model-file';
import { FaceCensus } from './face-census';

export type RunningMode = 'VIDEO' | 'IMAGE';
export interface LandmarkerOptions {
  delegate: 'CPU' | 'GPU';
  runningMode: RunningMode;
  modelUrl?: string;
  detectorUrl?: string;
}

interface Models {
  landmarker: FaceLandmarker;
  /** Absent on stills, or when the detector could not load (then two faces are always sought). */
  detector?: FaceDetector;
}

let mode: RunningMode = 'VIDEO';
let lastTimestamp = -1;
const census = new FaceCensus();

async function createDetector(
  fileset: Awaited<ReturnType<typeof FilesetResolver.forVisionTasks>>,
  options: LandmarkerOptions,
): Promise<FaceDetector | undefined> {
  try {
    const model = await fetchModel(
      options.detectorUrl ?? '/models/blaze_face_short_range.tflite',
      'face detector model',
    );
    // Every task gets its own wasm instance, but the loader is an ES module that sets its factory
    // only when first evaluated: a distinct URL makes it evaluate again for the second task.
    const ownLoader = { ...fileset, wasmLoaderPath: `${fileset.wasmLoaderPath}?task=detector` };
    return await FaceDetector.createFromOptions(ownLoader, {
      baseOptions: { modelAssetBuffer: model, delegate: options.delegate },
      runningMode: 'IMAGE',
    });
  } catch (error) {
    // Not fatal: the landmarker can find a second face itself, at a few ms more per frame.
    console.warn(`${(error as Error).message} Looking for two faces on every frame instead.`);
    return undefined;
  }
}

async function create(options: LandmarkerOptions): Promise<Models> {
  const model = await fetchModel(
    options.modelUrl ?? '/models/face_landmarker.task',
    'face landmark model',
  );
  // The ES-module build of the wasm loader, from our origin (the default is a CDN).
  const fileset = await FilesetResolver.forVisionTasks(
    new URL('/models/mediapipe', self.location.href).href,
    true,
  );
  mode = options.runningMode;
  const detector = mode === 'VIDEO' ? await createDetector(fileset, options) : undefined;
  census.reset();
  const landmarker = await FaceLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetBuffer: model, delegate: options.delegate },
    runningMode: options.runningMode,
    // Stills are detected afresh each time anyway, so two cost nothing unless two are there.
    numFaces: detector ? census.faces : 2,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: true,
  });
  return detector ? { landmarker, detector } : { landmarker };
}

const models = loadOnce(create);
export const load = models.load;

/** The mode the landmarker was created in: VIDEO for a stream, IMAGE for unrelated stills. */
export function runningMode(): RunningMode {
  return mode;
}

/** Once a second on a stream: count the faces in view and look for as many (one or two). */
async function takeCensus(
  { landmarker, detector }: Models,
  frame: TexImageSource,
  timestampMs: number,
): Promise<void> {
  if (!detector || !census.due(timestampMs)) return;
  const before = census.faces;
  const after = census.record(detector.detect(frame).detections.length, timestampMs);
  if (after !== before) await landmarker.setOptions({ numFaces: after });
}

/** VIDEO mode tracks from frame to frame and needs strictly increasing timestamps. */
export async function predict(
  frame: TexImageSource,
  timestampMs: number,
): Promise<FaceLandmarkerResult> {
  const loaded = await load({ delegate: 'CPU', runningMode: mode });
  if (mode === 'IMAGE') return loaded.landmarker.detect(frame);
  await takeCensus(loaded, frame, timestampMs);
  lastTimestamp = Math.max(Math.round(timestampMs), lastTimestamp + 1);
  return loaded.landmarker.detectForVideo(frame, lastTimestamp);
}
