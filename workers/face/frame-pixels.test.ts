import { describe, expect, it } from 'vitest';
import { analysedSize, planesToRgba, type Planes } from './frame-pixels';

/** BT.601 limited-range Y'CbCr of an sRGB colour, rounded as a camera would store it. */
function ycbcr([r, g, b]: [number, number, number]): [number, number, number] {
  const y = 16 + (219 / 255) * (0.299 * r + 0.587 * g + 0.114 * b);
  const cb = 128 + (224 / 255) * ((b - (0.299 * r + 0.587 * g + 0.114 * b)) / 1.772);
  const cr = 128 + (224 / 255) * ((r - (0.299 * r + 0.587 * g + 0.114 * b)) / 1.402);
  return [Math.round(y), Math.round(cb), Math.round(cr)];
}

/** A width×height frame whose left half is `left` and right half `right`, as I420 or NV12. */
function twoColourFrame(
  format: 'I420' | 'NV12',
  width: number,
  height: number,
  left: [number, number, number],
  right: [number, number, number],
): Planes {
  const colour = (x: number) => ycbcr(x < width / 2 ? left : right);
  const lumaSize = width * height;
  const chromaWidth = width / 2;
  const chromaSize = chromaWidth * (height / 2);
  const data = new Uint8Array(lumaSize + 2 * chromaSize);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[y * width + x] = colour(x)[0];
  }
  for (let y = 0; y < height / 2; y++) {
    for (let x = 0; x < chromaWidth; x++) {
      const [, cb, cr] = colour(2 * x);
      if (format === 'I420') {
        data[lumaSize + y * chromaWidth + x] = cb;
        data[lumaSize + chromaSize + y * chromaWidth + x] = cr;
      } else {
        data[lumaSize + y * width + 2 * x] = cb;
        data[lumaSize + y * width + 2 * x + 1] = cr;
      }
    }
  }
  const layout =
    format === 'I420'
      ? [
          { offset: 0, stride: width },
          { offset: lumaSize, stride: chromaWidth },
          { offset: lumaSize + chromaSize, stride: chromaWidth },
        ]
      : [
          { offset: 0, stride: width },
          { offset: lumaSize, stride: width },
        ];
  return { format, width, height, data, layout, matrix: 'smpte170m', fullRange: false };
}

const target = (width: number, height: number) => ({
  width,
  height,
  data: new Uint8ClampedArray(width * height * 4),
});

const pixel = (image: ReturnType<typeof target>, x: number, y: number) =>
  Array.from(image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

describe('planesToRgba', () => {
  const skin: [number, number, number] = [224, 172, 140];
  const shirt: [number, number, number] = [30, 60, 160];

  it.each(['I420', 'NV12'] as const)(
    'reads %s camera planes back to the colours shot',
    (format) => {
      const out = target(16, 8);
      planesToRgba(twoColourFrame(format, 16, 8, skin, shirt), out);
      for (const [x, expected] of [
        [2, skin],
        [13, shirt],
      ] as const) {
        const [r, g, b, a] = pixel(out, x, 4);
        expect(Math.abs(r! - expected[0])).toBeLessThanOrEqual(3);
        expect(Math.abs(g! - expected[1])).toBeLessThanOrEqual(3);
        expect(Math.abs(b! - expected[2])).toBeLessThanOrEqual(3);
        expect(a).toBe(255);
      }
    },
  );

  it('scales a 1280×720 frame to 640×360 with the halves where they were', () => {
    const size = analysedSize(1280, 720, 640);
    expect(size).toEqual({ width: 640, height: 360 });
    const out = target(size.width, size.height);
    planesToRgba(twoColourFrame('I420', 1280, 720, skin, shirt), out);
    expect(pixel(out, 319, 180)[0]).toBeGreaterThan(200);
    expect(pixel(out, 320, 180)[0]).toBeLessThan(50);
  });

  it('reads BGRA with its channels swapped into place', () => {
    const data = new Uint8Array([10, 20, 30, 255, 40, 50, 60, 255]);
    const out = target(2, 1);
    planesToRgba(
      { format: 'BGRA', width: 2, height: 1, data, layout: [{ offset: 0, stride: 8 }] },
      out,
    );
    expect(pixel(out, 0, 0)).toEqual([30, 20, 10, 255]);
    expect(pixel(out, 1, 0)).toEqual([60, 50, 40, 255]);
  });

  it('keeps frames narrower than the limit at their own size', () => {
    expect(analysedSize(480, 360, 640)).toEqual({ width: 480, height: 360 });
  });
});
