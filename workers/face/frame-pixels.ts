/**
 * A camera frame's planes (as `VideoFrame.copyTo` lays them out) turned into RGBA at the size the
 * analysis wants, in one pass and into a buffer the caller reuses. Reading the planes ourselves
 * is what keeps a long call's memory flat: every way of drawing a frame as an image
 * (createImageBitmap, a 2D canvas, drawImage of a VideoFrame) took a pool of 460-490 MB of
 * renderer shared memory on Chromium without a GPU, and the pool never shrank.
 */

/** The pixel formats read here; any other is converted by the browser first (see frame-stream). */
export const READABLE_FORMATS = ['I420', 'I420A', 'NV12', 'RGBA', 'RGBX', 'BGRA', 'BGRX'] as const;
export type ReadableFormat = (typeof READABLE_FORMATS)[number];

export interface Planes {
  format: ReadableFormat;
  width: number;
  height: number;
  data: Uint8Array;
  /** Offset and stride of each plane in `data`, in the order `copyTo` returns them. */
  layout: readonly { offset: number; stride: number }[];
  /** `VideoFrame.colorSpace`: the YUV matrix and whether Y spans 0-255 (else 16-235). */
  matrix?: string | null;
  fullRange?: boolean | null;
}

export interface RgbaTarget {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export const isReadableFormat = (format: string | null): format is ReadableFormat =>
  (READABLE_FORMATS as readonly (string | null)[]).includes(format);

/** The size a frame is analysed at: `maxWidth` wide at most, the aspect kept. */
export function analysedSize(
  width: number,
  height: number,
  maxWidth: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Y'CbCr → R'G'B' for a matrix (BT.709 for HD cameras, BT.601 for the rest) and range. */
function yuvCoefficients(matrix: string | null | undefined, fullRange: boolean | null | undefined) {
  const [kr, kb] = matrix === 'bt709' ? [0.2126, 0.0722] : [0.299, 0.114];
  const kg = 1 - kr - kb;
  const yScale = fullRange ? 1 : 255 / 219;
  const cScale = fullRange ? 1 : 255 / 224;
  return {
    yScale,
    yOffset: fullRange ? 0 : 16,
    rv: 2 * (1 - kr) * cScale,
    gu: ((-2 * (1 - kb) * kb) / kg) * cScale,
    gv: ((-2 * (1 - kr) * kr) / kg) * cScale,
    bu: 2 * (1 - kb) * cScale,
  };
}

/**
 * Fills `target` from `planes`, scaled down by sampling (with a 2×2 luma average when shrinking by
 * two or more, which is what a 1280×720 camera analysed at 640×360 does).
 */
export function planesToRgba(planes: Planes, target: RgbaTarget): void {
  const stepX = planes.width / target.width;
  const stepY = planes.height / target.height;
  if (planes.format === 'I420' || planes.format === 'I420A' || planes.format === 'NV12') {
    yuvToRgba(planes, target, stepX, stepY);
  } else {
    rgbToRgba(planes, target, stepX, stepY);
  }
}

function yuvToRgba(planes: Planes, target: RgbaTarget, stepX: number, stepY: number): void {
  const { data, layout } = planes;
  const luma = layout[0]!;
  const interleaved = planes.format === 'NV12';
  const u = layout[1]!;
  const v = interleaved ? u : layout[2]!;
  const k = yuvCoefficients(planes.matrix, planes.fullRange);
  const average = stepX >= 2 && stepY >= 2;
  const out = target.data;
  let o = 0;
  for (let y = 0; y < target.height; y++) {
    const sy = Math.floor(y * stepY);
    const row = luma.offset + sy * luma.stride;
    const below = average ? row + luma.stride : row;
    const cy = sy >> 1;
    const uRow = u.offset + cy * u.stride;
    const vRow = v.offset + cy * v.stride;
    for (let x = 0; x < target.width; x++) {
      const sx = Math.floor(x * stepX);
      const lumaValue = average
        ? (data[row + sx]! + data[row + sx + 1]! + data[below + sx]! + data[below + sx + 1]!) / 4
        : data[row + sx]!;
      const cx = sx >> 1;
      const cb = (interleaved ? data[uRow + 2 * cx]! : data[uRow + cx]!) - 128;
      const cr = (interleaved ? data[vRow + 2 * cx + 1]! : data[vRow + cx]!) - 128;
      const l = (lumaValue - k.yOffset) * k.yScale;
      // Uint8ClampedArray rounds and clamps to 0-255 on write.
      out[o] = l + k.rv * cr;
      out[o + 1] = l + k.gu * cb + k.gv * cr;
      out[o + 2] = l + k.bu * cb;
      out[o + 3] = 255;
      o += 4;
    }
  }
}

function rgbToRgba(planes: Planes, target: RgbaTarget, stepX: number, stepY: number): void {
  const { data } = planes;
  const { offset, stride } = planes.layout[0]!;
  const [r, b] = planes.format.startsWith('BGR') ? [2, 0] : [0, 2];
  const out = target.data;
  let o = 0;
  for (let y = 0; y < target.height; y++) {
    const row = offset + Math.floor(y * stepY) * stride;
    for (let x = 0; x < target.width; x++) {
      const from = row + Math.floor(x * stepX) * 4;
      out[o] = data[from + r]!;
      out[o + 1] = data[from + 1]!;
      out[o + 2] = data[from + b]!;
      out[o + 3] = 255;
      o += 4;
    }
  }
}
