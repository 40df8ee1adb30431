import { PitchDetector } from 'pitchy';
import { FRAME_SIZE } from './framing';
import { mean, percentile, std } from './stats';

// Human speaking F0 range; outside it pitchy is locking onto a harmonic or onto noise.
const MIN_F0 = 60;
const MAX_F0 = 500;
// McLeod clarity below this is breath, fricatives or background noise rather than voicing.
const MIN_CLARITY = 0.7;

let detector: PitchDetector<Float32Array> | undefined;

/** F0 in Hz for one frame, or 0 when the frame is not clearly voiced. */
export function frameF0(frame: Float32Array, sampleRate: number): number {
  detector ??= PitchDetector.forFloat32Array(FRAME_SIZE);
  const [f0, clarity] = detector.findPitch(frame, sampleRate);
  return clarity >= MIN_CLARITY && f0 >= MIN_F0 && f0 <= MAX_F0 ? f0 : 0;
}

const semitones = (hz: number) => 12 * Math.log2(hz / 100);

export interface PitchStats {
  /** Mean F0 in semitones re 100 Hz (log scale, so z-scores mean the same for low and high voices). */
  meanSt: number;
  meanHz: number;
  stdSt: number;
  /** 5th to 95th percentile span, semitones: robust to a stray octave error. */
  rangeSt: number;
  voicedFraction: number;
  /** Mean relative period change between consecutive voiced frames (a frame-level jitter estimate). */
  jitter: number;
}

/** Summarises an F0 track (0 = unvoiced) over the frames that carry speech. */
export function pitchStats(track: Float32Array, speechFrames: number): PitchStats {
  const voiced: number[] = [];
  const periodChanges: number[] = [];
  let periodSum = 0;
  for (let i = 0; i < track.length; i++) {
    const f0 = track[i]!;
    if (f0 <= 0) continue;
    voiced.push(semitones(f0));
    periodSum += 1 / f0;
    const previous = track[i - 1] ?? 0;
    // Jumps over 20 % are octave errors or new phrases, not jitter.
    if (previous > 0 && Math.abs(f0 / previous - 1) < 0.2)
      periodChanges.push(Math.abs(1 / f0 - 1 / previous));
  }
  const meanPeriod = voiced.length ? periodSum / voiced.length : 0;
  const meanSt = mean(voiced);
  return {
    meanSt,
    meanHz: voiced.length ? 100 * 2 ** (meanSt / 12) : 0,
    stdSt: std(voiced),
    rangeSt: percentile(voiced, 0.95) - percentile(voiced, 0.05),
    voicedFraction: speechFrames ? voiced.length / speechFrames : 0,
    jitter: meanPeriod ? mean(periodChanges) / meanPeriod : 0,
  };
}
