/**
 * Camera frames read straight from the track (a MediaStreamTrackProcessor's stream, transferred
 * here): each frame is copied into one reused buffer and closed at once, so the camera never waits
 * on the analysis and no frame is ever drawn as an image (see frame-pixels). Frames that arrive
 * while the last one is still being analysed are closed unread.
 */
import { analysedSize, isReadableFormat, planesToRgba, type Planes } from './frame-pixels';

export interface RgbaFrame {
  image: ImageData;
  /** The capture time on the page's clock (ms), for fusion's recency and the landmarker. */
  timestamp: number;
}

export interface FrameStreamOptions {
  maxWidth: number;
  /** The page's `performance.timeOrigin`: readings are stamped on the page's clock. */
  pageTimeOrigin: number;
}

let buffer = new Uint8Array(0);
let image: ImageData | undefined;

function reusedImage(width: number, height: number): ImageData {
  if (image?.width !== width || image.height !== height) image = new ImageData(width, height);
  return image;
}

async function copyPlanes(frame: VideoFrame): Promise<Planes> {
  const rect = frame.visibleRect!;
  // Formats read here are copied as they are; others (or none, for a GPU-backed frame) are
  // converted to RGBA by the browser during the copy.
  const format = isReadableFormat(frame.format) ? frame.format : 'RGBA';
  const options: VideoFrameCopyToOptions = format === frame.format ? {} : { format };
  const size = frame.allocationSize(options);
  if (buffer.byteLength < size) buffer = new Uint8Array(size);
  const layout = await frame.copyTo(buffer, options);
  return {
    format,
    width: rect.width,
    height: rect.height,
    data: buffer,
    layout,
    matrix: frame.colorSpace.matrix,
    fullRange: frame.colorSpace.fullRange,
  };
}

/** The frame as RGBA at the analysed size; the frame is closed. The image is reused next call. */
export async function readFrame(
  frame: VideoFrame,
  options: FrameStreamOptions,
): Promise<RgbaFrame> {
  try {
    const timestamp = performance.timeOrigin + performance.now() - options.pageTimeOrigin;
    const planes = await copyPlanes(frame);
    const { width, height } = analysedSize(planes.width, planes.height, options.maxWidth);
    const target = reusedImage(width, height);
    planesToRgba(planes, target);
    return { image: target, timestamp };
  } finally {
    frame.close();
  }
}

/**
 * Reads `frames` until it ends or `stopped()` says so, handing each frame to `analyse` when the
 * last one is done and closing the rest unread. A frame that cannot be read goes to `failed`.
 */
export async function readFrames(
  frames: ReadableStream<VideoFrame>,
  options: FrameStreamOptions,
  analyse: (frame: RgbaFrame) => Promise<void>,
  failed: (error: unknown) => void,
  stopped: () => boolean,
): Promise<void> {
  const reader = frames.getReader();
  let running: Promise<void> | undefined;
  try {
    for (;;) {
      const { value: frame, done } = await reader.read();
      if (done) break;
      if (stopped()) {
        frame.close();
        break;
      }
      if (running) {
        frame.close();
        continue;
      }
      running = readFrame(frame, options)
        .then(analyse, failed)
        .finally(() => (running = undefined));
    }
    await running;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
