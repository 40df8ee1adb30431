/**
 * Browser side of `eval face`: each 48×48 crop is upscaled and centred on a mid-grey canvas (the
 * crop fills half the side, which lets MediaPipe find the face), then sent to the real face worker.
 */
import { transfer } from 'comlink';
import { startFaceWorker } from '../../web/src/debug/face-client';
import type { FaceStatus } from '../../workers/face/reading';
import type { FaceWorkerApi } from '../../workers/face/worker';

export const CANVAS_SIZE = 256;
const FACE_SIZE = CANVAS_SIZE / 2;

export interface ImageOutcome {
  result: Awaited<ReturnType<FaceWorkerApi['analyse']>>;
  /** Set when no face was found: the appearance view (with each network's part) on the whole crop. */
  fallback?: Awaited<ReturnType<FaceWorkerApi['classifyCrop']>>;
}

const worker = startFaceWorker();
let clock = 0;

async function padded(crop: ImageBitmap): Promise<ImageBitmap> {
  const canvas = new OffscreenCanvas(CANVAS_SIZE, CANVAS_SIZE);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = 'rgb(128,128,128)';
  ctx.fillRect(0, 0, CANVAS_SIZE, CANVAS_SIZE);
  ctx.imageSmoothingQuality = 'high';
  const offset = (CANVAS_SIZE - FACE_SIZE) / 2;
  ctx.drawImage(crop, offset, offset, FACE_SIZE, FACE_SIZE);
  return canvas.transferToImageBitmap();
}

async function analyseImage(base64: string): Promise<ImageOutcome> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const crop = await createImageBitmap(new Blob([bytes]));
  const frame = await padded(crop);
  clock += 100;
  const result = await worker.api.analyse(transfer(frame, [frame]), clock, true);
  if (result.type !== 'no_face') {
    crop.close();
    return { result };
  }
  return { result, fallback: await worker.api.classifyCrop(transfer(crop, [crop]), true) };
}

declare global {
  interface Window {
    faceEval: {
      load(): Promise<FaceStatus>;
      analyse(images: string[]): Promise<ImageOutcome[]>;
    };
  }
}

window.faceEval = {
  // IMAGE mode: the crops are unrelated stills, so nothing may be tracked from one to the next.
  load: () => worker.api.load({ runningMode: 'IMAGE', delegate: 'CPU' }),
  async analyse(images) {
    const outcomes: ImageOutcome[] = [];
    for (const image of images) outcomes.push(await analyseImage(image));
    return outcomes;
  },
};
