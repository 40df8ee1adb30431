import { describe, expect, it } from 'vitest';
import { headPoseFromMatrix } from './head-pose';

const rad = (d: number) => (d * Math.PI) / 180;
type M3 = number[][];
const mul = (a: M3, b: M3): M3 =>
  a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));

/** Column-major 4×4 of Rz(roll)·Ry(yaw)·Rx(pitch), scaled and translated as MediaPipe's are. */
function matrix(yaw: number, pitch: number, roll: number, scale = 1): number[] {
  const [y, p, r] = [rad(yaw), rad(pitch), rad(roll)];
  const rx = [
    [1, 0, 0],
    [0, Math.cos(p), -Math.sin(p)],
    [0, Math.sin(p), Math.cos(p)],
  ];
  const ry = [
    [Math.cos(y), 0, Math.sin(y)],
    [0, 1, 0],
    [-Math.sin(y), 0, Math.cos(y)],
  ];
  const rz = [
    [Math.cos(r), -Math.sin(r), 0],
    [Math.sin(r), Math.cos(r), 0],
    [0, 0, 1],
  ];
  const rot = mul(rz, mul(ry, rx));
  const out = new Array<number>(16).fill(0);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) out[j * 4 + i] = rot[i]![j]! * scale;
  out[12] = 3;
  out[14] = -40;
  out[15] = 1;
  return out;
}

describe('headPoseFromMatrix', () => {
  it('recovers yaw, pitch and roll, with or without scale', () => {
    for (const [yaw, pitch, roll] of [
      [0, 0, 0],
      [30, -10, 5],
      [-45, 20, -15],
      [10, 35, 25],
    ] as const) {
      for (const scale of [1, 1.7]) {
        const pose = headPoseFromMatrix(matrix(yaw, pitch, roll, scale));
        expect(pose.yaw).toBeCloseTo(yaw, 6);
        expect(pose.pitch).toBeCloseTo(pitch, 6);
        expect(pose.roll).toBeCloseTo(roll, 6);
      }
    }
  });
});
