import { describe, expect, it } from 'vitest';
import { alignedCrop, largestFace, type Point } from './alignment';

/** 478 landmarks on a square face of `size` centred at (cx, cy), eyes level, then rotated. */
function face(cx: number, cy: number, size: number, angle = 0): Point[] {
  const points: Point[] = Array.from({ length: 478 }, (_, i) => {
    const t = (i / 478) * 2 * Math.PI;
    return { x: (Math.cos(t) * size) / 2, y: (Math.sin(t) * size) / 2 };
  });
  points[0] = { x: -size / 2, y: -size / 2 };
  points[1] = { x: size / 2, y: size / 2 };
  for (const i of [33, 133]) points[i] = { x: -size / 4, y: -size / 8 };
  for (const i of [362, 263]) points[i] = { x: size / 4, y: -size / 8 };
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return points.map((p) => ({ x: cx + p.x * cos - p.y * sin, y: cy + p.x * sin + p.y * cos }));
}
const normalised = (points: Point[], w: number, h: number) =>
  points.map((p) => ({ x: p.x / w, y: p.y / h }));

describe('face alignment', () => {
  it('levels a tilted eye line and keeps the crop centred on the face', () => {
    for (const angle of [0, 0.3, -0.5]) {
      const crop = alignedCrop(normalised(face(300, 200, 100, angle), 640, 480), 640, 480);
      expect(crop.angle).toBeCloseTo(angle, 6);
      expect(crop.centerX).toBeCloseTo(300, 6);
      expect(crop.centerY).toBeCloseTo(200, 6);
      expect(crop.side).toBeCloseTo(110, 6);
    }
  });

  it('picks the largest of several faces', () => {
    const faces = [face(100, 100, 40), face(400, 300, 160), face(500, 100, 80)].map((f) =>
      normalised(f, 640, 480),
    );
    expect(largestFace(faces)).toBe(1);
    expect(largestFace([])).toBe(-1);
  });
});
