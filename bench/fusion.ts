/**
 * `npx tsx bench/fusion.ts`: how long one fusion update takes (fuseReadings plus the smoothing
 * step, as the fusion worker does per reading), over seeded random face, voice and text readings.
 * Prints JSON; `npm run bench:chat` calls benchFusion(). Target: ≤ 1 ms per update.
 */
import { EMOTIONS } from '../core/emotions';
import { seededRandom } from '../models/tools/random';
import { fuseReadings } from '../core/fusion/fuse';
import { FusionSmoother } from '../core/fusion/smoothing';
import type {
  Baseline,
  EmotionProbabilities,
  FusionInput,
  Modality,
  ModalityReading,
} from '../core/fusion/types';

const UPDATES = 20_000;
const WARM_UP = 2_000;
const TARGET_MS = 1;

function randomInput(random: () => number, now: number, baseline: Baseline): FusionInput {
  const reading = (modality: Modality): ModalityReading => {
    const raw = EMOTIONS.map(() => random() + 0.01);
    const total = raw.reduce((a, b) => a + b, 0);
    const probabilities = Object.fromEntries(
      EMOTIONS.map((e, i) => [e, raw[i]! / total]),
    ) as EmotionProbabilities;
    return {
      modality,
      probabilities,
      confidence: Math.max(...Object.values(probabilities)),
      quality: random(),
      at: now - random() * 5_000,
      cues:
        modality === 'face'
          ? { faceArousal: random(), faceTension: random(), blinkRatePerMinute: 30 * random() }
          : modality === 'voice'
            ? { vocalStress: random() }
            : { textNegativity: random(), textRisk: random() < 0.05 ? 1 : 0 },
    };
  };
  return {
    readings: { face: reading('face'), voice: reading('voice'), text: reading('text') },
    baseline,
    now,
    sessionStartedAt: now - 120_000,
  };
}

const quantile = (sorted: number[], q: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10_000) / 10_000;

/** Per-update time in ms (p50/p95/p99/max) for fuse + smooth; inputs are built outside the timing. */
export async function benchFusion(): Promise<{
  updates: number;
  per_update_ms: { p50: number; p95: number; p99: number; max: number };
  target_ms: number;
  met: boolean;
  notes: string;
}> {
  const random = seededRandom(20_261_203);
  const baseline: Baseline = {
    stress: 35,
    blinkRatePerMinute: 15,
    faceArousal: 0.45,
    samples: 200,
  };
  const smoother = new FusionSmoother();
  const inputs = Array.from({ length: UPDATES + WARM_UP }, (_, i) =>
    randomInput(random, 1_800_000_000_000 + i * 66, baseline),
  );
  const times: number[] = [];
  inputs.forEach((input, i) => {
    const started = performance.now();
    smoother.push(fuseReadings(input));
    if (i >= WARM_UP) times.push(performance.now() - started);
  });
  times.sort((a, b) => a - b);
  const p99 = quantile(times, 0.99);
  return {
    updates: UPDATES,
    per_update_ms: {
      p50: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      p99,
      max: quantile(times, 1),
    },
    target_ms: TARGET_MS,
    met: p99 <= TARGET_MS,
    notes: `Node ${process.version}, one thread; fuseReadings + FusionSmoother.push with face, voice and text present, after ${WARM_UP} warm-up updates.`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.info(JSON.stringify(await benchFusion(), null, 2));
}
