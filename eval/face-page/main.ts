/**
 * Browser side of `eval face`: each 48×48 crop is upscaled and centred on a mid-grey canvas (the
 * crop fills half the side, which lets MediaPipe find the face), then sent to the real face worker.
 * With `--perturb` the crop is altered first (occluders, squeeze, blur, noise at its own 48 px),
 * then rotated as it is placed, then lit over the whole frame; the worker itself is unchanged.
 */
import { transfer } from 'comlink';
import { startFaceWorker } from '../../web/src/perception/workers';
import type { FaceStatus } from '../../workers/face/reading';
import type { FaceWorkerApi } from '../../workers/face/worker';
import {
  PERTURBATIONS,
  perturbCrop,
  perturbLight,
  type FaceSquare,
  type Perturbation,
  type PerturbationName,
} from './perturb';

export const CANVAS_SIZE = 256;
const FACE_SIZE = CANVAS_SIZE / 2;

export interface ImageOutcome {
  result: Awaited<ReturnType<FaceWorkerApi['analyse']>>;
  /** Set when no face was found: the appearance view (with each network's part) on the whole crop. */
  fallback?: Awaited<ReturnType<FaceWorkerApi['classifyCrop']>>;
}

/** One image for the page: the PNG as base64 and the seed its noise draws from. */
export interface EvalImage {
  png: string;
  seed: number;
}

const worker = startFaceWorker((message) => console.error(`The face worker stopped: ${message}`));
let clock = 0;

/** The crop with the perturbation's crop steps applied, at the crop's own size. */
function alteredCrop(crop: ImageBitmap, spec: Perturbation, seed: number): ImageBitmap {
  if (spec.crop.length === 0) return crop;
  const canvas = new OffscreenCanvas(crop.width, crop.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(crop, 0, 0);
  crop.close();
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  perturbCrop(pixels, spec.crop, seed);
  ctx.putImageData(pixels, 0, 0);
  return canvas.transferToImageBitmap();
}

/** Draws the crop into `face` on a mid-grey canvas, rotated about the face centre, then lit. */
function placed(crop: ImageBitmap, spec: Perturbation, side: number, face: FaceSquare) {
  const canvas = new OffscreenCanvas(side, side);
  // No willReadFrequently: it may move the canvas to the CPU and change the upscaling, and the
  // unperturbed frame must be the plain eval's, pixel for pixel.
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = 'rgb(128,128,128)';
  ctx.fillRect(0, 0, side, side);
  ctx.imageSmoothingQuality = 'high';
  const centre = face.x + face.size / 2;
  ctx.translate(centre, face.y + face.size / 2);
  ctx.rotate((spec.rotate * Math.PI) / 180);
  ctx.drawImage(crop, -face.size / 2, -face.size / 2, face.size, face.size);
  ctx.resetTransform();
  if (spec.light.length > 0) {
    const pixels = ctx.getImageData(0, 0, side, side);
    perturbLight(pixels, spec.light, face);
    ctx.putImageData(pixels, 0, 0);
  }
  return canvas.transferToImageBitmap();
}

/** The crop alone as the appearance fallback sees it; as is when nothing is placed or lit. */
function fallbackCrop(crop: ImageBitmap, spec: Perturbation): ImageBitmap {
  if (spec.rotate === 0 && spec.light.length === 0) return crop;
  const view = placed(crop, spec, crop.width, { x: 0, y: 0, size: crop.width });
  crop.close();
  return view;
}

async function analyseImage({ png, seed }: EvalImage, spec: Perturbation): Promise<ImageOutcome> {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const crop = alteredCrop(await createImageBitmap(new Blob([bytes])), spec, seed);
  const offset = (CANVAS_SIZE - FACE_SIZE) / 2;
  const frame = placed(crop, spec, CANVAS_SIZE, { x: offset, y: offset, size: FACE_SIZE });
  clock += 100;
  const result = await worker.api.analyse(transfer(frame, [frame]), clock, true);
  if (result.type !== 'no_face') {
    crop.close();
    return { result };
  }
  const view = fallbackCrop(crop, spec);
  return { result, fallback: await worker.api.classifyCrop(transfer(view, [view]), true) };
}

declare global {
  interface Window {
    faceEval: {
      load(): Promise<FaceStatus>;
      analyse(images: EvalImage[], perturbation: PerturbationName): Promise<ImageOutcome[]>;
    };
  }
}

window.faceEval = {
  // IMAGE mode: the crops are unrelated stills, so nothing may be tracked from one to the next.
  load: () => worker.api.load({ runningMode: 'IMAGE', delegate: 'CPU' }),
  async analyse(images, perturbation) {
    const spec: Perturbation = PERTURBATIONS[perturbation];
    const outcomes: ImageOutcome[] = [];
    for (const image of images) outcomes.push(await analyseImage(image, spec));
    return outcomes;
  },
};
