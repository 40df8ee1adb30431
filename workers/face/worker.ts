/**
 * The face worker: frames in (a camera track's stream of VideoFrames, or transferred
 * ImageBitmaps), labels and scores out. Loads on first
 * use, reports loading → progress → ready after a warm-up run, drops frames while busy, and turns
 * itself off with a readable { type, message } when a model cannot load.
 */
import { expose } from 'comlink';
import { toEstimate, type EmotionEstimate } from '../shared/estimate';
import { ModelLoader, toWorkerError, type WorkerError } from '../shared/status';
import { analyseFrame, bitmapImage, resetHistory, type FrameImage } from './analyse';
import { CROP_SIZE, SMALL_CROP_SIZE, wholeFrame } from './crop';
import * as expression from './expression-model';
import { readFrames, type FrameStreamOptions, type RgbaFrame } from './frame-stream';
import { hasHardwareGpu } from './gpu';
import * as landmarker from './landmarker';
import { refuseOffsiteFetch } from './offsite-guard';
import type { FaceResult, FaceStatus } from './reading';

refuseOffsiteFetch();

export interface FaceWorkerOptions {
  /** 'auto' (default) uses the GPU delegate only when a hardware GPU is there. */
  delegate?: 'auto' | 'CPU' | 'GPU';
  /** IMAGE for unrelated stills (the eval), VIDEO for a camera stream. */
  runningMode?: landmarker.RunningMode;
  landmarkerUrl?: string;
}

export type CropEstimate = EmotionEstimate & {
  networks?: expression.AppearanceOutput['networks'];
};

const loader = new ModelLoader<{ delegate: 'CPU' | 'GPU' }>();
let busy = false;
/** Bumped by `unwatch()` and each `watch()`: an older stream's loop sees it and stops. */
let watching = 0;

/** One frame at a time; `skipped` while the last is running, the worker's error once it is off. */
async function analyseOne(
  frame: FrameImage,
  timestamp: number,
  debug: boolean,
): Promise<FaceResult> {
  const status = loader.status;
  if (busy || status?.state !== 'ready') {
    return status?.state === 'off' ? status.error : { type: 'skipped', timestamp };
  }
  busy = true;
  try {
    return await analyseFrame(frame, timestamp, debug);
  } catch (error) {
    return toWorkerError(error);
  } finally {
    busy = false;
  }
}

let cropCanvas: OffscreenCanvasRenderingContext2D | undefined;

/** A streamed frame: its RGBA goes on a CPU-backed canvas only when the face is cropped. */
function rgbaImage({ image }: RgbaFrame): FrameImage {
  return {
    width: image.width,
    height: image.height,
    pixels: image,
    drawable() {
      const canvas = cropCanvas?.canvas;
      if (canvas?.width !== image.width || canvas.height !== image.height) {
        cropCanvas = new OffscreenCanvas(image.width, image.height).getContext('2d', {
          willReadFrequently: true,
        })!;
      }
      cropCanvas!.putImageData(image, 0, 0);
      return cropCanvas!.canvas;
    },
  };
}

async function warmUp(): Promise<void> {
  const canvas = new OffscreenCanvas(64, 64);
  canvas.getContext('2d')?.fillRect(0, 0, 64, 64);
  const blank = canvas.transferToImageBitmap();
  await landmarker.predict(blank, 0);
  await expression.predict({
    views: 1,
    large: new Float32Array(CROP_SIZE * CROP_SIZE * 3),
    small: new Float32Array(SMALL_CROP_SIZE * SMALL_CROP_SIZE * 3),
  });
  blank.close();
}

const api = {
  /** Loads both models; resolves with `ready`, or `off` and the reason. Safe to call again. */
  load(options: FaceWorkerOptions = {}, onStatus?: (status: FaceStatus) => void) {
    const wanted = options.delegate ?? 'auto';
    const delegate = wanted === 'auto' ? (hasHardwareGpu() ? 'GPU' : 'CPU') : wanted;
    return loader.load(
      [
        {
          step: 'face landmarks',
          from: 0.1,
          run: () =>
            landmarker.load({
              delegate,
              runningMode: options.runningMode ?? 'VIDEO',
              ...(options.landmarkerUrl ? { modelUrl: options.landmarkerUrl } : {}),
            }),
        },
        { step: 'expression models', from: 0.6, run: () => expression.load() },
        { step: 'warm-up', from: 0.9, run: warmUp },
      ],
      onStatus,
      { delegate },
    );
  },

  /**
   * One frame; the bitmap is closed here. Returns `skipped` if the last frame is still running.
   * `debug` adds the blendshapes and each view's probabilities (debug page and eval only).
   */
  async analyse(frame: ImageBitmap, timestamp: number, debug = false): Promise<FaceResult> {
    try {
      return await analyseOne(bitmapImage(frame), timestamp, debug);
    } finally {
      frame.close();
    }
  },

  /**
   * Analyses a camera track's frames (a MediaStreamTrackProcessor's `readable`, transferred) until
   * the track ends or `unwatch()`; each reading, or the error that turned the worker off, goes to
   * `onResult`. Resolves when the stream is done.
   */
  async watch(
    frames: ReadableStream<VideoFrame>,
    options: FrameStreamOptions,
    onResult: (result: FaceResult) => void,
  ): Promise<void> {
    const mine = ++watching;
    await readFrames(
      frames,
      options,
      async (frame) => {
        const result = await analyseOne(rgbaImage(frame), frame.timestamp, false);
        if (result.type !== 'skipped' && watching === mine) onResult(result);
      },
      (error) => onResult(toWorkerError(error)),
      () => watching !== mine,
    );
  },

  /** Stops reading the watched stream. */
  unwatch(): void {
    watching++;
  },

  /**
   * The appearance view (both networks' ensemble) alone on an image that already is a face crop.
   * `debug` adds each network's probabilities (eval only).
   */
  async classifyCrop(frame: ImageBitmap, debug = false): Promise<CropEstimate | WorkerError> {
    try {
      const { probabilities, networks } = await expression.predict(wholeFrame(frame));
      return { ...toEstimate(probabilities), ...(debug ? { networks } : {}) };
    } catch (error) {
      return toWorkerError(error);
    } finally {
      frame.close();
    }
  },

  /** Forgets blink history (a new session or a new person). */
  reset(): void {
    resetHistory();
  },
};

export type FaceWorkerApi = typeof api;
expose(api);
