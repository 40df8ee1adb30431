import { describe, expect, it } from 'vitest';
import {
  PERTURBATIONS,
  PERTURBATION_NAMES,
  gainAt,
  isPerturbationName,
  perturbCrop,
  perturbLight,
  seedFor,
  type Pixels,
} from './face-page/perturb';

/** A grey RGBA image whose R=G=B value comes from `value(x, y)`. */
function image(width: number, height: number, value: (x: number, y: number) => number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      data.fill(value(x, y), (y * width + x) * 4, (y * width + x) * 4 + 3);
      data[(y * width + x) * 4 + 3] = 255;
    }
  return { data, width, height };
}
const at = ({ data, width }: Pixels, x: number, y: number) => data[(y * width + x) * 4]!;
const greys = ({ data }: Pixels) => Array.from(data).filter((_, i) => i % 4 === 0);

describe('face eval perturbations', () => {
  it('names the conditions fixed a priori and nothing else', () => {
    expect(PERTURBATION_NAMES).toEqual([
      'none',
      'dark',
      'bright',
      'low-contrast',
      'side-light',
      'tilt-15',
      'tilt-30',
      'yaw-proxy',
      'sunglasses',
      'mask',
      'hand',
      'blur',
      'noise',
    ]);
    expect(isPerturbationName('mask')).toBe(true);
    expect(isPerturbationName('all')).toBe(false);
    expect(isPerturbationName('toString')).toBe(false);
  });

  it('puts the sunglasses band over the eye rows of a 48×48 crop (35–45 % of its height)', () => {
    const crop = image(48, 48, () => 100);
    perturbCrop(crop, PERTURBATIONS.sunglasses.crop, 0);
    const rows = [...Array(48).keys()].filter((y) => at(crop, 24, y) === 20);
    expect(rows[0]).toBe(14);
    expect(rows.at(-1)).toBe(23);
    expect(at(crop, 4, 18)).toBe(100);
    expect(at(crop, 5, 18)).toBe(20);
    expect(at(crop, 43, 18)).toBe(100);
    expect(crop.data[(18 * 48 + 24) * 4 + 3]).toBe(255); // alpha untouched
  });

  it('covers the lower third with the mask and the lower-left quarter with the hand', () => {
    const masked = image(48, 48, () => 100);
    perturbCrop(masked, PERTURBATIONS.mask.crop, 0);
    expect([at(masked, 0, 31), at(masked, 0, 32), at(masked, 47, 47)]).toEqual([100, 215, 215]);
    const hand = image(48, 48, () => 100);
    perturbCrop(hand, PERTURBATIONS.hand.crop, 0);
    expect([at(hand, 0, 23), at(hand, 23, 24), at(hand, 24, 47)]).toEqual([100, 170, 100]);
  });

  it('squeezes the left half to 70 % against the midline and leaves the right half alone', () => {
    const crop = image(48, 48, (x) => x * 5);
    perturbCrop(crop, PERTURBATIONS['yaw-proxy'].crop, 0);
    // 24 px become 16.8 px ending at the midline: columns 0–6 are grey background.
    expect([...Array(8).keys()].map((x) => at(crop, x, 10))).toEqual([
      128, 128, 128, 128, 128, 128, 128, 0,
    ]);
    expect(at(crop, 23, 10)).toBeGreaterThanOrEqual(22 * 5);
    expect(at(crop, 15, 10)).toBeCloseTo(((15.5 - 7.2) / 0.7 - 0.5) * 5, -1);
    for (let x = 24; x < 48; x++) expect(at(crop, x, 10)).toBe(x * 5);
  });

  it('blurs without moving the mean and keeps a flat image flat', () => {
    const flat = image(48, 48, () => 90);
    perturbCrop(flat, PERTURBATIONS.blur.crop, 0);
    expect(new Set(greys(flat))).toEqual(new Set([90]));
    const edge = image(48, 48, (x) => (x < 24 ? 0 : 200));
    perturbCrop(edge, PERTURBATIONS.blur.crop, 0);
    expect(at(edge, 23, 5)).toBeGreaterThan(60);
    expect(at(edge, 23, 5)).toBeLessThan(100);
    expect(at(edge, 0, 5)).toBe(0);
  });

  it('adds seeded grey noise of σ ≈ 10, the same for the same file', () => {
    const noisy = (file: string) => {
      const crop = image(64, 64, () => 128);
      perturbCrop(crop, PERTURBATIONS.noise.crop, seedFor(file));
      return greys(crop);
    };
    const a = noisy('anger/fer0032285.png');
    expect(noisy('anger/fer0032285.png')).toEqual(a);
    expect(noisy('anger/fer0035061.png')).not.toEqual(a);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const sd = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
    expect(Math.abs(mean - 128)).toBeLessThan(1);
    expect(sd).toBeGreaterThan(9);
    expect(sd).toBeLessThan(11);
  });

  it('lights the whole frame: gain clips, contrast pivots on mid-grey, the ramp spans the face', () => {
    const face = { x: 64, y: 64, size: 128 };
    const frame = () => image(256, 4, (x) => (x % 2 ? 200 : 128));
    const dark = frame();
    perturbLight(dark, PERTURBATIONS.dark.light, face);
    expect([at(dark, 0, 0), at(dark, 1, 0)]).toEqual([51, 80]);
    const bright = frame();
    perturbLight(bright, PERTURBATIONS.bright.light, face);
    expect([at(bright, 0, 0), at(bright, 1, 0)]).toEqual([205, 255]);
    const flat = frame();
    perturbLight(flat, PERTURBATIONS['low-contrast'].light, face);
    expect([at(flat, 0, 0), at(flat, 1, 0)]).toEqual([128, 164]);
    const ramp = PERTURBATIONS['side-light'].light[0]!;
    expect(gainAt(ramp, 0, face)).toBeCloseTo(0.3);
    expect(gainAt(ramp, 63.5, face)).toBeCloseTo(0.3);
    expect(gainAt(ramp, 127.5, face)).toBeCloseTo(0.8);
    expect(gainAt(ramp, 191.5, face)).toBeCloseTo(1.3);
    expect(gainAt(ramp, 255, face)).toBeCloseTo(1.3);
  });
});
