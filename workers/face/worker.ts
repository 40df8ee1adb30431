/**
 * The face worker: frames in (transferred ImageBitmaps), labels and scores out. Loads on first
 * use, reports loading → progress → ready after a warm-up run, drops frames while busy, and turns
 * itself off with a readable { type, message } when a model cannot load.
 */
import { expose } from 'comlink';
import { toEstimate, type EmotionEstimate } from '../shared/estimate.ts';
import { toWorkerError, type WorkerError } from '../shared/status.ts';
import { analyseFrame, resetHistory } from './analyse.ts';
import { CROP_SIZE, SMALL_CROP_SIZE, wholeFrame } from './crop.ts';
import * as expression from './expression-model.ts';
import { hasHardwareGpu } from './gpu.ts';
import * as landmarker from './landmarker.ts';
import { refuseOffsiteFetch } from './offsite-guard.ts';
import type { FaceResult, FaceStatus } from './reading.ts';

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

let status: FaceStatus | undefined;
let busy = false;

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
  async load(
    options: FaceWorkerOptions = {},
    onStatus?: (status: FaceStatus) => void,
  ): Promise<FaceStatus> {
    if (status?.state === 'ready') return status;
    const report = (next: FaceStatus) => {
      status = next;
      onStatus?.(next);
      return next;
    };
    const wanted = options.delegate ?? 'auto';
    const delegate = wanted === 'auto' ? (hasHardwareGpu() ? 'GPU' : 'CPU') : wanted;
    try {
      report({ state: 'loading', progress: 0.1, step: 'face landmarks' });
      await landmarker.load({
        delegate,
        runningMode: options.runningMode ?? 'VIDEO',
        ...(options.landmarkerUrl ? { modelUrl: options.landmarkerUrl } : {}),
      });
      report({ state: 'loading', progress: 0.6, step: 'expression models' });
      await expression.load();
      report({ state: 'loading', progress: 0.9, step: 'warm-up' });
      await warmUp();
      return report({ state: 'ready', delegate });
    } catch (error) {
      return report({ state: 'off', error: toWorkerError(error) });
    }
  },

  /**
   * One frame; the bitmap is closed here. Returns `skipped` if the last frame is still running.
   * `debug` adds the blendshapes and each view's probabilities (debug page and eval only).
   */
  async analyse(frame: ImageBitmap, timestamp: number, debug = false): Promise<FaceResult> {
    if (busy || status?.state !== 'ready') {
      frame.close();
      return status?.state === 'off' ? status.error : { type: 'skipped', timestamp };
    }
    busy = true;
    try {
      return await analyseFrame(frame, timestamp, debug);
    } catch (error) {
      return toWorkerError(error);
    } finally {
      frame.close();
      busy = false;
    }
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
