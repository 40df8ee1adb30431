/**
 * Where to cut the face for the appearance model: level the eye line and take a square around the
 * landmarks. Pure maths on normalised MediaPipe landmarks; the drawing is in crop.ts.
 */
export interface Point {
  x: number;
  y: number;
}

export interface FaceCrop {
  /** Centre of the square in frame pixels. */
  centerX: number;
  centerY: number;
  /** Side of the square in frame pixels. */
  side: number;
  /** Rotation (radians) that levels the eyes: rotate the frame by -angle. */
  angle: number;
}

// MediaPipe face mesh: eye corners (image-left eye 33/133, image-right eye 362/263).
const LEFT_EYE = [33, 133];
const RIGHT_EYE = [362, 263];
// A detector-style box: the landmark hull plus 10 % (face-api's crops come from a face detector).
const MARGIN = 1.1;

const centre = (points: Point[], ids: number[]): Point => ({
  x: ids.reduce((s, i) => s + points[i]!.x, 0) / ids.length,
  y: ids.reduce((s, i) => s + points[i]!.y, 0) / ids.length,
});

export function alignedCrop(landmarks: Point[], width: number, height: number): FaceCrop {
  const pixels = landmarks.map((p) => ({ x: p.x * width, y: p.y * height }));
  const left = centre(pixels, LEFT_EYE);
  const right = centre(pixels, RIGHT_EYE);
  const angle = Math.atan2(right.y - left.y, right.x - left.x);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const rotated = pixels.map((p) => ({ x: p.x * cos - p.y * sin, y: p.x * sin + p.y * cos }));
  const xs = rotated.map((p) => p.x);
  const ys = rotated.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  // Back from the levelled frame to the original one.
  return {
    centerX: cx * Math.cos(angle) - cy * Math.sin(angle),
    centerY: cx * Math.sin(angle) + cy * Math.cos(angle),
    side: Math.max(maxX - minX, maxY - minY) * MARGIN,
    angle,
  };
}

/** A face's place in the frame, as fractions of its width and height. */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around a face's landmarks, in the same normalised units as the landmarks. */
export function landmarkBox(points: Point[]): FaceBox {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Index of the face with the largest landmark box (the person nearest the camera). */
export function largestFace(faces: Point[][]): number {
  let best = -1;
  let bestArea = -1;
  faces.forEach((points, i) => {
    const { width, height } = landmarkBox(points);
    if (width * height > bestArea) [best, bestArea] = [i, width * height];
  });
  return best;
}
