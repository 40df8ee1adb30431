/**
 * Synthetic perturbations for `eval face --perturb`: lighting, in-plane tilt, a crude yaw proxy,
 * occluders, blur and noise. Every parameter was fixed before the first run and none was changed
 * after seeing a score. Pure pixel code (no DOM), so vitest checks the geometry; the page draws.
 * Fractions are of the 48×48 FER crop, which is roughly aligned: eyes at ~35–45 % of its height.
 */
import { seededRandom } from '../../models/tools/random';

/** ImageData's shape (RGBA, row-major), so the page passes ImageData and tests plain arrays. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Where the face sits in a frame, in pixels: the square the crop was drawn into. */
export interface FaceSquare {
  x: number;
  y: number;
  size: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Steps on the crop at its own resolution, before it is placed on the grey frame. */
export type CropStep =
  | { op: 'fill'; rect: Rect; grey: number }
  | { op: 'squeeze-left-half'; to: number }
  | { op: 'blur'; sigma: number }
  | { op: 'noise'; sigma: number };

/** Light falls on the whole frame (background too), placed relative to the face square. */
export type LightStep =
  | { op: 'gain'; factor: number }
  | { op: 'contrast'; factor: number }
  | { op: 'gradient'; from: number; to: number };

export interface Perturbation {
  description: string;
  crop: CropStep[];
  /** In-plane rotation about the face centre, degrees clockwise on screen. */
  rotate: number;
  light: LightStep[];
}

const MID_GREY = 128;
const none = { crop: [], rotate: 0, light: [] };

export const PERTURBATIONS = {
  none: { ...none, description: 'the prepared image as is' },
  dark: {
    ...none,
    description: 'brightness ×0.4 over the whole frame',
    light: [{ op: 'gain', factor: 0.4 }],
  },
  bright: {
    ...none,
    description: 'brightness ×1.6, clipped at 255, over the whole frame',
    light: [{ op: 'gain', factor: 1.6 }],
  },
  'low-contrast': {
    ...none,
    description: 'contrast ×0.5 around mid-grey (128)',
    light: [{ op: 'contrast', factor: 0.5 }],
  },
  'side-light': {
    ...none,
    description: 'horizontal gain ramp ×0.3 at the face’s left edge → ×1.3 at its right, clipped',
    light: [{ op: 'gradient', from: 0.3, to: 1.3 }],
  },
  'tilt-15': {
    ...none,
    description: 'in-plane rotation by 15° (grey fills the corners)',
    rotate: 15,
  },
  'tilt-30': {
    ...none,
    description: 'in-plane rotation by 30° (grey fills the corners)',
    rotate: 30,
  },
  'yaw-proxy': {
    ...none,
    description:
      'the image’s left half squeezed to 70 % of its width against the midline, grey beside it: a crude stand-in for a turned head, not a 3-D turn',
    crop: [{ op: 'squeeze-left-half', to: 0.7 }],
  },
  sunglasses: {
    ...none,
    description: 'a near-black band (grey 20) over 30–50 % of the height, 10–90 % of the width',
    crop: [{ op: 'fill', rect: { x0: 0.1, y0: 0.3, x1: 0.9, y1: 0.5 }, grey: 20 }],
  },
  mask: {
    ...none,
    description: 'a light band (grey 215, like a surgical mask) over the lower third, full width',
    crop: [{ op: 'fill', rect: { x0: 0, y0: 2 / 3, x1: 1, y1: 1 }, grey: 215 }],
  },
  hand: {
    ...none,
    description: 'a grey rectangle (grey 170) over the lower-left quarter (x 0–50 %, y 50–100 %)',
    crop: [{ op: 'fill', rect: { x0: 0, y0: 0.5, x1: 0.5, y1: 1 }, grey: 170 }],
  },
  blur: {
    ...none,
    description: 'Gaussian blur, σ = 2 px at the crop’s 48 px',
    crop: [{ op: 'blur', sigma: 2 }],
  },
  noise: {
    ...none,
    description: 'Gaussian grey noise, σ = 10 levels per 48 px crop pixel, seeded by file name',
    crop: [{ op: 'noise', sigma: 10 }],
  },
} satisfies Record<string, Perturbation>;

export type PerturbationName = keyof typeof PERTURBATIONS;
export const PERTURBATION_NAMES = Object.keys(PERTURBATIONS) as PerturbationName[];

export const isPerturbationName = (name: string): name is PerturbationName =>
  Object.hasOwn(PERTURBATIONS, name);

/** A per-image seed (FNV-1a of the file name): the noise never depends on order or batching. */
export function seedFor(file: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function fill({ data, width, height }: Pixels, rect: Rect, grey: number): void {
  const [x0, x1] = [Math.round(rect.x0 * width), Math.round(rect.x1 * width)];
  const [y0, y1] = [Math.round(rect.y0 * height), Math.round(rect.y1 * height)];
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) data.fill(grey, (y * width + x) * 4, (y * width + x) * 4 + 3);
}

/** Left half resampled (linear) into `to` of its width against the midline; grey where it left. */
function squeezeLeftHalf({ data, width, height }: Pixels, to: number): void {
  const half = width / 2;
  const start = half - to * half;
  const source = Uint8ClampedArray.from(data);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < Math.floor(half); x++) {
      const at = (y * width + x) * 4;
      const centre = x + 0.5;
      if (centre < start) {
        data.fill(MID_GREY, at, at + 3);
        continue;
      }
      const u = clamp((centre - start) / to - 0.5, 0, half - 1);
      const [left, t] = [Math.floor(u), u - Math.floor(u)];
      const right = Math.min(left + 1, Math.floor(half) - 1);
      for (let c = 0; c < 3; c++) {
        const a = source[(y * width + left) * 4 + c]!;
        const b = source[(y * width + right) * 4 + c]!;
        data[at + c] = a + (b - a) * t;
      }
    }
  }
}

/** Separable Gaussian (radius 3σ, edges clamped) on R, G and B. */
function blur({ data, width, height }: Pixels, sigma: number): void {
  const radius = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) =>
    Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)),
  );
  const total = kernel.reduce((sum, w) => sum + w, 0);
  const pass = (src: Float32Array, dx: number, dy: number) => {
    const out = new Float32Array(src.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          for (let k = -radius; k <= radius; k++) {
            const sx = clamp(x + k * dx, 0, width - 1);
            const sy = clamp(y + k * dy, 0, height - 1);
            sum += kernel[k + radius]! * src[(sy * width + sx) * 4 + c]!;
          }
          out[(y * width + x) * 4 + c] = sum / total;
        }
    return out;
  };
  const result = pass(pass(Float32Array.from(data), 1, 0), 0, 1);
  for (let i = 0; i < data.length; i++) if (i % 4 !== 3) data[i] = result[i]!;
}

/** The same Gaussian value on R, G and B (the crops are grey); Box–Muller from a seeded PRNG. */
function noise({ data }: Pixels, sigma: number, seed: number): void {
  const next = seededRandom(seed);
  for (let at = 0; at < data.length; at += 4) {
    const n = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()) * sigma;
    for (let c = 0; c < 3; c++) data[at + c] = data[at + c]! + n;
  }
}

/** Applies a perturbation's crop steps in place (Uint8ClampedArray rounds and clips). */
export function perturbCrop(image: Pixels, steps: readonly CropStep[], seed: number): void {
  for (const step of steps) {
    if (step.op === 'fill') fill(image, step.rect, step.grey);
    else if (step.op === 'squeeze-left-half') squeezeLeftHalf(image, step.to);
    else if (step.op === 'blur') blur(image, step.sigma);
    else noise(image, step.sigma, seed);
  }
}

/** The gain a light step gives a pixel column (the ramp runs across the face square, flat beyond). */
export function gainAt(step: LightStep & { op: 'gradient' }, x: number, face: FaceSquare): number {
  const t = clamp((x + 0.5 - face.x) / face.size, 0, 1);
  return step.from + (step.to - step.from) * t;
}

/** Applies a perturbation's light steps in place over a whole frame. */
export function perturbLight(image: Pixels, steps: readonly LightStep[], face: FaceSquare): void {
  const { data, width } = image;
  for (const step of steps) {
    for (let at = 0; at < data.length; at += 4) {
      const x = (at / 4) % width;
      for (let c = 0; c < 3; c++) {
        const v = data[at + c]!;
        if (step.op === 'gain') data[at + c] = v * step.factor;
        else if (step.op === 'contrast') data[at + c] = MID_GREY + (v - MID_GREY) * step.factor;
        else data[at + c] = v * gainAt(step, x, face);
      }
    }
  }
}
