/** Head pose from MediaPipe's facial transformation matrix (4×4, column-major). */
import type { HeadPose } from './reading';

const degrees = (radians: number) => (radians * 180) / Math.PI;

/** Decomposes the rotation as R = Rz(roll)·Ry(yaw)·Rx(pitch). */
export function headPoseFromMatrix(m: ArrayLike<number>): HeadPose {
  const r = (row: number, column: number) => m[column * 4 + row]!;
  const scale = Math.hypot(r(0, 0), r(1, 0), r(2, 0)) || 1; // the matrix may carry a scale
  const r20 = r(2, 0) / scale;
  return {
    yaw: degrees(Math.asin(Math.max(-1, Math.min(1, -r20)))),
    pitch: degrees(Math.atan2(r(2, 1), r(2, 2))),
    roll: degrees(Math.atan2(r(1, 0), r(0, 0))),
  };
}
