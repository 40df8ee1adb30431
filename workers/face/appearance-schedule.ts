/**
 * When the appearance model runs on a camera stream. MediaPipe must see every frame (it tracks),
 * but a facial expression holds for hundreds of milliseconds, so while the face is steady the
 * network runs on every REFRESH_EVERY-th frame and the frames in between reuse its last answer.
 * (200 ms at 15 frames per second; the blendshape view still reads every frame, so a sudden smile
 * shows at once). Each run sees one view, as shot and mirrored in turn; while the face stays steady
 * the last two runs are averaged, which keeps the flip test-time augmentation at half the cost per
 * run. A moved face runs the network at once and starts a new pair. The thresholds were set a
 * priori, not fitted on any evaluation set.
 */
import { EMOTIONS } from '../../core/emotions';
import type { EmotionProbabilities } from '../shared/estimate';
import type { FaceCrop } from './alignment';

export const REFRESH_EVERY = 3;
/** Moved: centre shifted by a tenth of the crop, size changed by a tenth, or turned by ~6°. */
const MOVED = { shift: 0.1, scale: 0.1, turn: 0.1 };

export type Plan =
  { run: false; probabilities: EmotionProbabilities } | { run: true; view: 'plain' | 'mirrored' };

interface LastRun {
  crop: FaceCrop;
  view: 'plain' | 'mirrored';
  output: EmotionProbabilities;
  /** The pair average (or this run alone when the face had just moved or changed). */
  probabilities: EmotionProbabilities;
  framesSince: number;
}

function moved(a: FaceCrop, b: FaceCrop): boolean {
  const shift = Math.hypot(a.centerX - b.centerX, a.centerY - b.centerY) / a.side;
  return (
    shift > MOVED.shift ||
    Math.abs(b.side / a.side - 1) > MOVED.scale ||
    Math.abs(a.angle - b.angle) > MOVED.turn
  );
}

export class AppearanceSchedule {
  private last: LastRun | undefined;
  private steady = false;

  plan(crop: FaceCrop): Plan {
    const last = this.last;
    this.steady = last !== undefined && !moved(last.crop, crop);
    if (last && this.steady && ++last.framesSince < REFRESH_EVERY) {
      return { run: false, probabilities: last.probabilities };
    }
    return { run: true, view: last?.view === 'plain' ? 'mirrored' : 'plain' };
  }

  /** The network's answer for the view `plan` asked for; returns what the reading should use. */
  record(
    crop: FaceCrop,
    view: 'plain' | 'mirrored',
    output: EmotionProbabilities,
  ): EmotionProbabilities {
    const pair = this.steady ? this.last?.output : undefined;
    const probabilities = pair ? average(pair, output) : output;
    this.last = { crop, view, output, probabilities, framesSince: 0 };
    return probabilities;
  }

  reset(): void {
    this.last = undefined;
    this.steady = false;
  }
}

function average(a: EmotionProbabilities, b: EmotionProbabilities): EmotionProbabilities {
  return Object.fromEntries(EMOTIONS.map((e) => [e, (a[e] + b[e]) / 2])) as EmotionProbabilities;
}
