/**
 * Cuts the aligned face out of a frame at the appearance model's 112×112 and returns it twice,
 * as shot and mirrored (a batch of 2): averaging both views is the usual flip test-time
 * augmentation, chosen a priori because expressions do not change with left/right.
 */
import type { FaceCrop } from './alignment.ts';

export const CROP_SIZE = 112;
let canvas: OffscreenCanvas | undefined;

function context(): OffscreenCanvasRenderingContext2D {
  canvas ??= new OffscreenCanvas(CROP_SIZE, CROP_SIZE);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  return ctx;
}

function readBatch(ctx: OffscreenCanvasRenderingContext2D): Float32Array {
  const { data } = ctx.getImageData(0, 0, CROP_SIZE, CROP_SIZE);
  const plane = CROP_SIZE * CROP_SIZE * 3;
  const batch = new Float32Array(plane * 2);
  for (let y = 0; y < CROP_SIZE; y++) {
    for (let x = 0; x < CROP_SIZE; x++) {
      const from = (y * CROP_SIZE + x) * 4;
      const to = (y * CROP_SIZE + x) * 3;
      const mirrored = plane + (y * CROP_SIZE + (CROP_SIZE - 1 - x)) * 3;
      for (let c = 0; c < 3; c++) batch[to + c] = batch[mirrored + c] = data[from + c]!;
    }
  }
  return batch;
}

/** The levelled square around the face; outside the frame is black. */
export function cropFace(frame: CanvasImageSource, crop: FaceCrop): Float32Array {
  const ctx = context();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, CROP_SIZE, CROP_SIZE);
  ctx.translate(CROP_SIZE / 2, CROP_SIZE / 2);
  ctx.scale(CROP_SIZE / crop.side, CROP_SIZE / crop.side);
  ctx.rotate(-crop.angle);
  ctx.translate(-crop.centerX, -crop.centerY);
  ctx.drawImage(frame, 0, 0);
  return readBatch(ctx);
}

/** The whole image scaled to 112×112: for inputs that already are face crops. */
export function wholeFrame(frame: ImageBitmap): Float32Array {
  const ctx = context();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(frame, 0, 0, CROP_SIZE, CROP_SIZE);
  return readBatch(ctx);
}
