/**
 * Camera frames to the face worker, one at a time: a frame is read only when the previous answer
 * is back, so frames are skipped while the worker is busy rather than queued. Where the browser
 * can hand the worker the track's own frames (MediaStreamTrackProcessor), it does; elsewhere each
 * frame is copied from the self-view into an ImageBitmap.
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

/** Chromium's MediaStreamTrackProcessor on the page (not yet in TypeScript's DOM types). */
type TrackProcessorConstructor = new (init: {
  track: MediaStreamTrack;
  maxBufferSize?: number;
}) => { readable: ReadableStream<VideoFrame> };

const TrackProcessor = (globalThis as { MediaStreamTrackProcessor?: TrackProcessorConstructor })
  .MediaStreamTrackProcessor;

/**
 * The worker reads the track's frames itself (a clone of the track, so the self-view is not
 * touched), copying each into one reused buffer: no frame is drawn as an image, which on
 * Chromium without a GPU held ~470 MB of shared memory for as long as a call lasted.
 */
function streamFrames(
  track: MediaStreamTrack,
  api: Remote<FaceWorkerApi>,
  onResult: (result: FaceResult) => void,
  maxWidth: number,
): FramePump {
  const clone = track.clone();
  // One frame buffered: while the worker is busy the newest frame waits and older ones are dropped.
  const { readable } = new TrackProcessor!({ track: clone, maxBufferSize: 1 });
  let stopped = false;
  void api.watch(
    transfer(readable, [readable as unknown as Transferable]),
    { maxWidth, pageTimeOrigin: performance.timeOrigin },
    proxy((result: FaceResult) => {
      if (!stopped) onResult(result);
    }),
  );
  return {
    stop() {
      stopped = true;
      void api.unwatch().catch(() => undefined);
      clone.stop();
    },
  };
}

/** The track's frames where the browser offers them to a worker; self-view copies elsewhere. */
export function sendFrames(
  video: HTMLVideoElement,
  track: MediaStreamTrack,
  api: Remote<FaceWorkerApi>,
  onResult: (result: FaceResult) => void,
  maxWidth: number,
): FramePump {
  return TrackProcessor
    ? streamFrames(track, api, onResult, maxWidth)
    : pumpFrames(video, api, onResult, maxWidth);
}

/** Loads the worker's models, forwarding each status change to the page. */
export function loadFaceModels(
  api: Remote<FaceWorkerApi>,
  onStatus: (status: FaceStatus) => void,
): Promise<FaceStatus> {
  return api.load({}, proxy(onStatus));
}
