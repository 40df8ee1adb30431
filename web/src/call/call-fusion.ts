/**
 * Fusion for one call. Face and voice readings stream in while messages arrive now and then, so
 * this keeps each modality's latest reading and fuses them all on every update, from either side:
 * the camera, the microphone, or a message (the chat's send path calls `update` with the text
 * reading). Switched-off modalities are left out. After the first minute the person's baseline
 * (usual blink rate and facial arousal) is built from that minute's readings.
 */
import {
  buildBaseline,
  CALIBRATION_MS,
  FusionSmoother,
  fuseReadings,
  type FusionInput,
} from '../../../core/fusion';
import type { Baseline, FusedReading, Modality, ModalityReading } from '../../../core/fusion/types';
import type { Fusion } from '../chat/parts';

/** Readings kept from the first minute to build the baseline; a minute at 30 fps is 1,800. */
const FIRST_MINUTE_KEPT = 600;

export class CallFusion implements Fusion {
  private readonly smoother = new FusionSmoother();
  private readonly latest: Partial<Record<Modality, ModalityReading>> = {};
  private readonly firstMinute: ModalityReading[] = [];
  private readonly off = new Set<Modality>();
  private grown = false;

  constructor(
    private baseline: Baseline,
    private readonly startedAt: number,
    private readonly onFused: (fused: FusedReading) => void,
  ) {}

  /** A face or voice reading: fused with the others at once. */
  push(reading: ModalityReading): FusedReading {
    return this.update({ readings: { [reading.modality]: reading }, now: reading.at });
  }

  /** The chat's send path hands in the text reading (and its own baseline, which this one keeps). */
  update(input: Pick<FusionInput, 'readings' | 'now'> & Partial<FusionInput>): FusedReading {
    for (const reading of Object.values(input.readings)) {
      if (!reading) continue;
      this.latest[reading.modality] = reading;
      const early = reading.at - this.startedAt < CALIBRATION_MS;
      if (early && this.firstMinute.length < FIRST_MINUTE_KEPT) this.firstMinute.push(reading);
    }
    this.growBaseline(input.now);
    const fused = this.smoother.push(
      fuseReadings({
        readings: this.latest,
        baseline: this.baseline,
        off: [...this.off],
        now: input.now,
        sessionStartedAt: this.startedAt,
      }),
    );
    this.onFused(fused);
    return fused;
  }

  /** Switched off, or its worker failed: its last reading no longer counts. */
  setOff(modality: Modality, off: boolean): void {
    if (off) {
      this.off.add(modality);
      delete this.latest[modality];
    } else this.off.delete(modality);
  }

  private growBaseline(now: number): void {
    if (this.grown || now - this.startedAt < CALIBRATION_MS) return;
    this.grown = true;
    this.baseline = buildBaseline({
      readings: this.firstMinute,
      sessionStartedAt: this.startedAt,
      previous: this.baseline,
    });
    this.firstMinute.length = 0;
  }
}
