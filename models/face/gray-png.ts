/** Decodes the 8-bit grayscale, non-interlaced PNGs of the FER crops (tests and Node tools only). */
import { inflateSync } from 'node:zlib';

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

export function decodeGrayPng(file: Uint8Array): GrayImage {
  const view = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString('latin1', offset + 4, offset + 8);
    const data = view.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 0 || data[12] !== 0) {
        throw new Error('only 8-bit grayscale, non-interlaced PNGs are supported');
      }
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)]!;
    for (let x = 0; x < width; x++) {
      const value = raw[y * (width + 1) + 1 + x]!;
      const left = x > 0 ? pixels[y * width + x - 1]! : 0;
      const up = y > 0 ? pixels[(y - 1) * width + x]! : 0;
      const upLeft = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      pixels[y * width + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** Bilinear resize of a gray image to size×size RGB (gray copied to all three channels). */
export function grayToRgbSquare(image: GrayImage, size: number): Float32Array {
  const out = new Float32Array(size * size * 3);
  const sx = image.width / size;
  const sy = image.height / size;
  const at = (x: number, y: number) => image.pixels[y * image.width + x]!;
  for (let y = 0; y < size; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), image.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, image.height - 1);
    for (let x = 0; x < size; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), image.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, image.width - 1);
      const top = at(x0, y0) + (at(x1, y0) - at(x0, y0)) * (fx - x0);
      const bottom = at(x0, y1) + (at(x1, y1) - at(x0, y1)) * (fx - x0);
      const value = top + (bottom - top) * (fy - y0);
      out.fill(value, (y * size + x) * 3, (y * size + x) * 3 + 3);
    }
  }
  return out;
}
