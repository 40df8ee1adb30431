/** One frame through both views: landmarks + blendshapes, aligned crop + appearance, fused. */
import type { FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import { alignedCrop, largestFace } from './alignment.ts';
import { BlinkCounter } from './blink.ts';
import { blendshapeEmotion, type Blendshapes } from './blendshape-rules.ts';
import { cropFace } from './crop.ts';
import * as expression from './expression-model.ts';
import { blinkScore, faceMetrics } from './face-metrics.ts';
import { fuseEmotion, toEstimate, valenceArousal } from './fusion.ts';
import { headPoseFromMatrix } from './head-pose.ts';
import * as landmarker from './landmarker.ts';
import type { FaceReading, NoFaceReading } from './reading.ts';

const blinks = new BlinkCounter();

export function resetHistory(): void {
  blinks.reset();
}

function blendshapesOf(result: FaceLandmarkerResult, face: number): Blendshapes {
  const categories = result.faceBlendshapes[face]?.categories ?? [];
  return Object.fromEntries(categories.map((c) => [c.categoryName, c.score]));
}

export async function analyseFrame(
  frame: ImageBitmap,
  timestamp: number,
  debug = false,
): Promise<FaceReading | NoFaceReading> {
  const started = performance.now();
  const result = await landmarker.predict(frame, timestamp);
  const face = largestFace(result.faceLandmarks);
  if (face < 0) return { type: 'no_face', timestamp, ms: performance.now() - started };

  const blendshapes = blendshapesOf(result, face);
  const crop = alignedCrop(result.faceLandmarks[face]!, frame.width, frame.height);
  const appearance = await expression.predict(cropFace(frame, crop));
  const rules = blendshapeEmotion(blendshapes);
  const estimate = toEstimate(fuseEmotion(appearance, rules));
  const matrix = result.facialTransformationMatrixes?.[face]?.data;
  return {
    type: 'face',
    timestamp,
    ...estimate,
    ...valenceArousal(estimate.probabilities),
    blinkRatePerMinute: blinks.update(blinkScore(blendshapes), timestamp),
    ...faceMetrics(blendshapes),
    headPose: matrix ? headPoseFromMatrix(matrix) : { yaw: 0, pitch: 0, roll: 0 },
    faces: result.faceLandmarks.length,
    ms: performance.now() - started,
    ...(debug ? { debug: { blendshapes, appearance, rules } } : {}),
  };
}
