/**
 * Cuts the aligned face out of a frame at the appearance model's 112×112 RGB, as shot, mirrored or
 * both (a batch of 2). Mirrored views are the usual flip test-time augmentation, chosen a priori
 * because expressions do not change with left/right.
 */
import type { FaceCrop } from './alignment.ts';

export const CROP_SIZE = 112;
const PLANE = CROP_SIZE * CROP_SIZE * 3;

export type CropViews = 'plain' | 'mirrored' | 'both';

let canvas: OffscreenCanvas | undefined;
// Reused for every frame: the worker analyses one frame at a time.
const frameViews = new Float32Array(PLANE * 2);

function context(): OffscreenCanvasRenderingContext2D {
  canvas ??= new OffscreenCanvas(CROP_SIZE, CROP_SIZE);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  return ctx;
}

/** One read-back of the 112×112 canvas into RGB planes: as shot first, then mirrored. */
function readViews(
  ctx: OffscreenCanvasRenderingContext2D,
  views: CropViews,
  into: Float32Array,
): Float32Array {
  const { data } = ctx.getImageData(0, 0, CROP_SIZE, CROP_SIZE);
  const plain = views !== 'mirrored';
  const mirrored = views === 'plain' ? -1 : views === 'both' ? PLANE : 0;
  for (let y = 0; y < CROP_SIZE; y++) {
    for (let x = 0; x < CROP_SIZE; x++) {
      const from = (y * CROP_SIZE + x) * 4;
      const to = (y * CROP_SIZE + x) * 3;
      const flipped = mirrored + (y * CROP_SIZE + (CROP_SIZE - 1 - x)) * 3;
      for (let c = 0; c < 3; c++) {
        if (plain) into[to + c] = data[from + c]!;
        if (mirrored >= 0) into[flipped + c] = data[from + c]!;
      }
    }
  }
  return into.subarray(0, views === 'both' ? 2 * PLANE : PLANE);
}

/**
 * The levelled square around the face; outside the frame is black. The pixels live in a buffer
 * that the next call overwrites.
 */
export function cropFace(
  frame: CanvasImageSource,
  crop: FaceCrop,
  views: CropViews = 'both',
): Float32Array {
  const ctx = context();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, CROP_SIZE, CROP_SIZE);
  ctx.translate(CROP_SIZE / 2, CROP_SIZE / 2);
  ctx.scale(CROP_SIZE / crop.side, CROP_SIZE / crop.side);
  ctx.rotate(-crop.angle);
  ctx.translate(-crop.centerX, -crop.centerY);
  ctx.drawImage(frame, 0, 0);
  return readViews(ctx, views, frameViews);
}

/** The whole image scaled to 112×112, both views: for inputs that already are face crops. */
export function wholeFrame(frame: ImageBitmap): Float32Array {
  const ctx = context();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(frame, 0, 0, CROP_SIZE, CROP_SIZE);
  return readViews(ctx, 'both', new Float32Array(2 * PLANE));
}
