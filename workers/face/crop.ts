/**
 * Cuts the aligned face out of a frame for the two appearance networks: 112×112 RGB for face-api's
 * and, shrunk from that same square with one more drawImage, 64×64 for mini-Xception (which makes
 * it gray inside its graph). As shot, mirrored or both (a batch of 2). Mirrored views are the usual
 * flip test-time augmentation, chosen a priori because expressions do not change with left/right.
 */
import type { FaceCrop } from './alignment';

export const CROP_SIZE = 112;
export const SMALL_CROP_SIZE = 64;

export type CropViews = 'plain' | 'mirrored' | 'both';

/** The same face at both networks' sizes, `views` images each, RGB 0-255 NHWC. */
export interface CropPixels {
  views: 1 | 2;
  /** views × 112×112×3, for face-api's network. */
  large: Float32Array;
  /** views × 64×64×3, for mini-Xception. */
  small: Float32Array;
}

interface Surface {
  size: number;
  canvas: OffscreenCanvas;
  ctx: OffscreenCanvasRenderingContext2D;
  /** Reused for every frame: the worker analyses one frame at a time. */
  pixels: Float32Array;
}

let surfaces: { large: Surface; small: Surface } | undefined;

function surface(size: number): Surface {
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas in this worker');
  return { size, canvas, ctx, pixels: new Float32Array(size * size * 3 * 2) };
}

const getSurfaces = () =>
  (surfaces ??= { large: surface(CROP_SIZE), small: surface(SMALL_CROP_SIZE) });

/** One read-back of a square canvas into RGB planes: as shot first, then mirrored. */
function readViews({ size, ctx, pixels }: Surface, views: CropViews): Float32Array {
  const plane = size * size * 3;
  const { data } = ctx.getImageData(0, 0, size, size);
  const plain = views !== 'mirrored';
  const mirrored = views === 'plain' ? -1 : views === 'both' ? plane : 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = (y * size + x) * 3;
      const flipped = mirrored + (y * size + (size - 1 - x)) * 3;
      for (let c = 0; c < 3; c++) {
        if (plain) pixels[to + c] = data[from + c]!;
        if (mirrored >= 0) pixels[flipped + c] = data[from + c]!;
      }
    }
  }
  return pixels.subarray(0, views === 'both' ? 2 * plane : plane);
}

/** Reads the large canvas, shrinks it onto the small one and reads that. */
function readBoth(views: CropViews): CropPixels {
  const { large, small } = getSurfaces();
  small.ctx.drawImage(large.canvas, 0, 0, SMALL_CROP_SIZE, SMALL_CROP_SIZE);
  return {
    views: views === 'both' ? 2 : 1,
    large: readViews(large, views),
    small: readViews(small, views),
  };
}

/**
 * The levelled square around the face; outside the frame is black. The pixels live in buffers
 * that the next call overwrites.
 */
export function cropFace(
  frame: CanvasImageSource,
  crop: FaceCrop,
  views: CropViews = 'both',
): CropPixels {
  const { ctx } = getSurfaces().large;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, CROP_SIZE, CROP_SIZE);
  ctx.translate(CROP_SIZE / 2, CROP_SIZE / 2);
  ctx.scale(CROP_SIZE / crop.side, CROP_SIZE / crop.side);
  ctx.rotate(-crop.angle);
  ctx.translate(-crop.centerX, -crop.centerY);
  ctx.drawImage(frame, 0, 0);
  return readBoth(views);
}

/**
 * The whole image scaled to the crop sizes, both views: for inputs that already are face crops.
 * Copied out of the shared buffers, since it may run while a streamed frame is being analysed.
 */
export function wholeFrame(frame: ImageBitmap): CropPixels {
  const { ctx } = getSurfaces().large;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(frame, 0, 0, CROP_SIZE, CROP_SIZE);
  const { views, large, small } = readBoth('both');
  return { views, large: large.slice(), small: small.slice() };
}
