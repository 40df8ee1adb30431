/**
 * Three devices of one account edit the same records offline in random interleavings while the
 * network drops responses, delivers pushes twice and the server restarts; one device's clock is
 * hours ahead, one hours behind, one jumps back now and then, and the person sometimes deletes all
 * their data. Afterwards every device and the server hold the same state: nothing lost, all
 * converge. And the person's intention holds: once a device has talked to the server since its
 * clock went wrong, its later-in-real-time edit or delete wins, and what was written after a reset
 * survives it while what came before is gone.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syncOnce } from '../../../core/sync/engine';
import { compareHlc } from '../../../core/sync/hlc';
import { MemorySyncStore } from '../../../core/sync/memory-store';
import type { JournalEntryData, SyncChange } from '../../../core/sync/protocol';
import { createTestBackend, registerUser, type TestBackend } from '../testing/harness';
import { apiTransport, deleteAllMyData, NetworkFault, type Fault } from './testing/api-transport';

const HOUR = 3_600_000;
/** How far each device's clock is off at the start; device 2 jumps back during a history. */
const SKEWS = [3 * HOUR, -2 * HOUR, 0] as const;
type Device = 0 | 1 | 2;

type Command =
  | { kind: 'write'; device: Device; slot: number; mood: number; advanceMs: number }
  | { kind: 'delete'; device: Device; slot: number; advanceMs: number }
  | { kind: 'sync'; device: Device; fault: Fault }
  | { kind: 'jump-back' }
  | { kind: 'reset'; device: Device }
  | { kind: 'restart' };

const SLOTS = 4;
const device = fc.constantFrom<Device>(0, 1, 2);
const slot = fc.integer({ min: 0, max: SLOTS - 1 });
const advanceMs = fc.integer({ min: 0, max: 3 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      device,
      slot,
      mood: fc.integer({ min: 1, max: 10 }),
      advanceMs,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), device, slot, advanceMs }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      fault: fc.constantFrom<Fault>(
        'none',
        'none',
        'fail-before-send',
        'drop-push-response',
        'duplicate-push',
        'drop-pull-response',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'jump-back' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), device }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

/** A device whose clock can be wrong, which notes when it last heard the server's time. */
class SkewedDevice extends MemorySyncStore {
  /** Stamps follow real time: the device has heard the server since its clock last went wrong. */
  calibrated: boolean;
  /** Every re-stamp: old timestamp -> new one. */
  readonly restamps = new Map<string, string>();

  constructor(index: Device, clockOffset: { ms: number }, realNow: () => number) {
    super(`device-${index}-${randomUUID().slice(0, 8)}`, () => realNow() + clockOffset.ms);
    this.calibrated = clockOffset.ms === 0;
  }

  override async adoptServerTime(serverTimeMs: number): Promise<void> {
    await super.adoptServerTime(serverTimeMs);
    this.calibrated = true;
  }

  override async restamp(seqs: number[]): Promise<void> {
    const before = new Map((await this.pendingChanges(Infinity)).map((i) => [i.seq, i.change]));
    await super.restamp(seqs);
    for (const item of await this.pendingChanges(Infinity)) {
      const old = before.get(item.seq);
      if (old && old.hlc !== item.change.hlc) this.restamps.set(old.hlc, item.change.hlc);
    }
  }
}

/** One write as the person made it. */
interface Written {
  change: SyncChange;
  realMs: number;
  calibrated: boolean;
  /** Wiped on its own device by "delete all my data" before it was pushed. */
  wiped: boolean;
  device: SkewedDevice;
}

function entry(mood: number, text: string): JournalEntryData {
  return { mood, text, tags: ['property'], occurred_at: '2026-11-26T09:00:00.000Z' };
}

function effectiveHlc(write: Written): string {
  let hlc = write.change.hlc;
  while (write.device.restamps.has(hlc)) hlc = write.device.restamps.get(hlc)!;
  return hlc;
}

const latest = <T>(items: T[], order: (a: T, b: T) => number): T | undefined =>
  [...items].sort(order).at(-1);

describe('sync convergence under failures and wrong clocks (embedded database, restarts)', () => {
  let backend: TestBackend;
  // Real time as the server sees it; starts at the real clock so access tokens stay valid.
  let realMs = Date.now();
  let intentionChecks = 0;

  beforeAll(async () => {
    backend = await createTestBackend('pglite-disk', { now: () => new Date(realMs) });
  });
  afterAll(() => backend?.close());

  it('converges to the last write of every record, and later-in-real-time writes win', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
        realMs = Date.now();
        const { token } = await registerUser(backend.app);
        const ids = Array.from({ length: SLOTS }, () => randomUUID());
        const offsets = SKEWS.map((ms) => ({ ms }));
        const devices = offsets.map(
          (offset, i) => new SkewedDevice(i as Device, offset, () => realMs),
        );
        let fault: Fault = 'none';
        const link = apiTransport(
          () => backend.app,
          token,
          () => fault,
        );
        const written: Written[] = [];
        let lastReset: { hlc: string; realMs: number } | null = null;

        for (const step of commands) {
          if (step.kind === 'restart') {
            await backend.restart();
          } else if (step.kind === 'jump-back') {
            offsets[2]!.ms -= HOUR;
            devices[2]!.calibrated = false;
          } else if (step.kind === 'reset') {
            const resetter = devices[step.device]!;
            // As the settings page allows it: on a device that is set up and has heard the server.
            const everyoneSynced = await Promise.all(devices.map((d) => d.position()));
            if (!resetter.calibrated || everyoneSynced.some((p) => p.epoch === null)) continue;
            realMs += 1;
            const epoch = await deleteAllMyData(backend.app, token);
            const pending = new Set((await resetter.pendingChanges(Infinity)).map((i) => i.change));
            for (const write of written) if (pending.has(write.change)) write.wiped = true;
            const page = await link.pull('0', 1);
            lastReset = { hlc: page.reset_hlc!, realMs };
            await resetter.resetBefore(null, epoch);
            resetter.clock.receive(page.reset_hlc!);
            realMs += 1;
          } else if (step.kind === 'sync') {
            const store = devices[step.device]!;
            fault = step.fault;
            await syncOnce(store, link, store.clientId).catch((error: unknown) => {
              if (!(error instanceof NetworkFault)) throw error;
            });
            fault = 'none';
          } else {
            realMs += step.advanceMs;
            const store = devices[step.device]!;
            const id = ids[step.slot]!;
            const data =
              step.kind === 'write' ? entry(step.mood, `${step.device}:${realMs}`) : null;
            const change = store.write('journal_entries', id, data);
            written.push({
              change,
              realMs,
              calibrated: store.calibrated,
              wiped: false,
              device: store,
            });
          }
        }

        // Back on a good network: each device syncs until all have seen everything.
        for (const i of [0, 1, 2, 0, 1] as const)
          await syncOnce(devices[i]!, link, devices[i]!.clientId);
        const fresh = new MemorySyncStore(`device-new-${randomUUID().slice(0, 8)}`, () => realMs);
        await syncOnce(fresh, link, fresh.clientId);

        for (const [slotIndex, id] of ids.entries()) {
          const versions = written.filter((write) => write.change.id === id);
          // Nothing lost: the latest surviving version (after any re-stamp) is what all hold.
          const survivors = versions.filter(
            (write) => !write.wiped && (lastReset === null || effectiveHlc(write) > lastReset.hlc),
          );
          const winner = latest(survivors, (a, b) => compareHlc(effectiveHlc(a), effectiveHlc(b)));
          const expected = winner ? { ...winner.change, hlc: effectiveHlc(winner) } : undefined;
          for (const store of [...devices, fresh])
            expect(store.records.get(id), `slot ${slotIndex}`).toEqual(expected);

          // Intention, where every version came from a device whose clock was right by then.
          if (versions.length === 0 || !versions.every((write) => write.calibrated)) continue;
          intentionChecks += 1;
          const afterReset = versions.filter(
            (write) => !write.wiped && (lastReset === null || write.realMs > lastReset.realMs),
          );
          const intended = latest(
            afterReset,
            (a, b) => a.realMs - b.realMs || compareHlc(a.change.hlc, b.change.hlc),
          );
          expect(winner?.change, `slot ${slotIndex}: the later write wins`).toBe(intended?.change);
        }
        for (const store of devices) {
          expect(store.pendingCount).toBe(0);
          expect(store.setAsideChanges).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
    // The intention check must not be vacuous.
    expect(intentionChecks).toBeGreaterThan(10);
    // Forty histories with restarts of an on-disk database: slow, but they are the point.
  }, 400_000);
});
