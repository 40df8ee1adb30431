/** The landmark view: MediaPipe FaceLandmarker (478 landmarks, 52 blendshapes, pose matrix). */
import {
  FaceLandmarker,
  FilesetResolver,
  type FaceLandmarkerResult,
} from '@mediapipe/tasks-vision';
import { fetchModel } from '../shared/model-file.ts';

export type RunningMode = 'VIDEO' | 'IMAGE';
export interface LandmarkerOptions {
  delegate: 'CPU' | 'GPU';
  runningMode: RunningMode;
  modelUrl?: string;
}

let landmarker: Promise<FaceLandmarker> | undefined;
let mode: RunningMode = 'VIDEO';
let lastTimestamp = -1;

async function create(options: LandmarkerOptions): Promise<FaceLandmarker> {
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
  return FaceLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetBuffer: model, delegate: options.delegate },
    runningMode: options.runningMode,
    // Two, so that the largest can be chosen when someone walks behind the person.
    numFaces: 2,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: true,
  });
}

export function load(options: LandmarkerOptions): Promise<FaceLandmarker> {
  landmarker ??= create(options).catch((error: unknown) => {
    landmarker = undefined;
    throw error;
  });
  return landmarker;
}

/** The mode the landmarker was created in: VIDEO for a stream, IMAGE for unrelated stills. */
export function runningMode(): RunningMode {
  return mode;
}

/** VIDEO mode tracks from frame to frame and needs strictly increasing timestamps. */
export async function predict(
  frame: TexImageSource,
  timestampMs: number,
): Promise<FaceLandmarkerResult> {
  const model = await load({ delegate: 'CPU', runningMode: mode });
  if (mode === 'IMAGE') return model.detect(frame);
  lastTimestamp = Math.max(Math.round(timestampMs), lastTimestamp + 1);
  return model.detectForVideo(frame, lastTimestamp);
}
