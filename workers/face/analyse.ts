/** One frame through both views: landmarks + blendshapes, aligned crop + appearance, fused. */
import type { FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import { toEstimate } from '../shared/estimate';
import { alignedCrop, landmarkBox, largestFace, type FaceBox, type FaceCrop } from './alignment';
import { AppearanceSchedule } from './appearance-schedule';
import { BlinkCounter } from './blink';
import { blendshapeEmotion, type Blendshapes } from './blendshape-rules';
import { cropFace } from './crop';
import * as expression from './expression-model';
import { blinkScore, faceMetrics } from './face-metrics';
import { fuseEmotion, valenceArousal } from './fusion';
import { headPoseFromMatrix } from './head-pose';
import * as landmarker from './landmarker';
import type { FaceReading, NoFaceReading } from './reading';

const blinks = new BlinkCounter();
const schedule = new AppearanceSchedule();

/**
 * A frame as the analysis reads it: `pixels` for the landmarker, `drawable()` for drawing the face
 * crop. A bitmap is both; a streamed frame's RGBA is put on a canvas only when a crop is needed.
 */
export interface FrameImage {
  width: number;
  height: number;
  pixels: TexImageSource;
  drawable(): CanvasImageSource;
}

export const bitmapImage = (bitmap: ImageBitmap): FrameImage => ({
  width: bitmap.width,
  height: bitmap.height,
  pixels: bitmap,
  drawable: () => bitmap,
});

export function resetHistory(): void {
  blinks.reset();
  schedule.reset();
}

function blendshapesOf(result: FaceLandmarkerResult, face: number): Blendshapes {
  const categories = result.faceBlendshapes[face]?.categories ?? [];
  return Object.fromEntries(categories.map((c) => [c.categoryName, c.score]));
}

/**
 * The appearance view: on stills both views in one batch, every time; on a stream as the schedule
 * says (one view per run, both networks on it, the ensemble reused while the face is steady).
 * `networks` is each network on this frame's run alone, empty when the last answer was reused.
 */
async function appearanceOf(
  frame: FrameImage,
  crop: FaceCrop,
  mark: () => void,
): Promise<expression.AppearanceOutput> {
  if (landmarker.runningMode() === 'IMAGE') {
    const pixels = cropFace(frame.drawable(), crop, 'both');
    mark();
    return expression.predict(pixels);
  }
  const plan = schedule.plan(crop);
  if (!plan.run) {
    mark();
    return { probabilities: plan.probabilities, networks: {} };
  }
  const pixels = cropFace(frame.drawable(), crop, plan.view);
  mark();
  const output = await expression.predict(pixels);
  return { ...output, probabilities: schedule.record(crop, plan.view, output.probabilities) };
}

const roundBox = (box: FaceBox): FaceBox => {
  const round = (value: number) => Math.round(value * 1_000) / 1_000;
  return { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
};

export async function analyseFrame(
  frame: FrameImage,
  timestamp: number,
  debug = false,
): Promise<FaceReading | NoFaceReading> {
  const started = performance.now();
  const result = await landmarker.predict(frame.pixels, timestamp);
  const face = largestFace(result.faceLandmarks);
  if (face < 0) {
    schedule.reset();
    return { type: 'no_face', timestamp, ms: performance.now() - started };
  }
  const landmarksDone = performance.now();
  const blendshapes = blendshapesOf(result, face);
  const crop = alignedCrop(result.faceLandmarks[face]!, frame.width, frame.height);
  let cropDone = landmarksDone;
  const appearance = await appearanceOf(frame, crop, () => {
    cropDone = performance.now();
  });
  const appearanceDone = performance.now();
  const rules = blendshapeEmotion(blendshapes);
  const estimate = toEstimate(fuseEmotion(appearance.probabilities, rules));
  const matrix = result.facialTransformationMatrixes?.[face]?.data;
  const reading = {
    type: 'face' as const,
    timestamp,
    ...estimate,
    ...valenceArousal(estimate.probabilities),
    blinkRatePerMinute: blinks.update(blinkScore(blendshapes), timestamp),
    ...faceMetrics(blendshapes),
    headPose: matrix ? headPoseFromMatrix(matrix) : { yaw: 0, pitch: 0, roll: 0 },
    faces: result.faceLandmarks.length,
    box: roundBox(landmarkBox(result.faceLandmarks[face]!)),
    ...(debug
      ? {
          debug: {
            blendshapes,
            appearance: appearance.probabilities,
            rules,
            networks: appearance.networks,
          },
        }
      : {}),
  };
  const ended = performance.now();
  return {
    ...reading,
    ms: ended - started,
    timing: {
      landmarks: landmarksDone - started,
      crop: cropDone - landmarksDone,
      appearance: appearanceDone - cropDone,
      rest: ended - appearanceDone,
    },
  };
}
