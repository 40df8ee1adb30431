/**
 * Streams camera frames to the face worker, one at a time: a new frame is grabbed only when the
 * previous answer is back, so frames are skipped while the worker is busy rather than queued.
 */
import { proxy, transfer, type Remote } from 'comlink';
import type { FaceResult, FaceStatus } from '../../../workers/face/reading';
import type { FaceWorkerApi } from '../../../workers/face/worker';

export interface FramePump {
  stop(): void;
}

export function pumpFrames(
  video: HTMLVideoElement,
  api: Remote<FaceWorkerApi>,
  onResult: (result: FaceResult) => void,
  /** Frames wider than this are scaled down first (the self-view keeps its full size). */
  maxWidth = Infinity,
): FramePump {
  let stopped = false;
  const next = () => {
    if (!stopped) video.requestVideoFrameCallback(() => void tick());
  };
  const tick = async () => {
    if (stopped || video.readyState < 2) return next();
    // A 1280×720 call frame is scaled to `maxWidth` for the worker: the landmarker and the
    // 112-pixel expression crops gain nothing from more, and each frame costs less to copy.
    const scale = Math.min(1, maxWidth / video.videoWidth);
    const bitmap =
      scale < 1
        ? await createImageBitmap(video, {
            resizeWidth: Math.round(video.videoWidth * scale),
            resizeHeight: Math.round(video.videoHeight * scale),
            resizeQuality: 'medium',
          })
        : await createImageBitmap(video);
    const result = await api.analyse(transfer(bitmap, [bitmap]), performance.now());
    if (!stopped && result.type !== 'skipped') onResult(result);
    next();
  };
  next();
  return { stop: () => void (stopped = true) };
}

/** Loads the worker's models, forwarding each status change to the page. */
export function loadFaceModels(
  api: Remote<FaceWorkerApi>,
  onStatus: (status: FaceStatus) => void,
): Promise<FaceStatus> {
  return api.load({}, proxy(onStatus));
}
