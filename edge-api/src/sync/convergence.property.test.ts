/**
 * Two devices of one account edit the same records offline in random interleavings while the
 * network drops responses, delivers pushes twice and the server restarts. Afterwards both devices
 * and the server hold exactly the last write of every record: nothing lost, nothing diverged.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareHlc } from '../../../core/sync/hlc';
import { syncOnce } from '../../../core/sync/engine';
import { MemorySyncStore } from '../../../core/sync/memory-store';
import type { JournalEntryData, SyncChange } from '../../../core/sync/protocol';
import { createTestBackend, registerUser, type TestBackend } from '../test/harness';
import { apiTransport, NetworkFault, type Fault } from './testing/api-transport';

type Command =
  | { kind: 'write'; device: 0 | 1; slot: number; mood: number; advanceMs: number }
  | { kind: 'delete'; device: 0 | 1; slot: number; advanceMs: number }
  | { kind: 'sync'; device: 0 | 1; fault: Fault }
  | { kind: 'restart' };

const SLOTS = 4;
const device = fc.constantFrom<0 | 1>(0, 1);
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
    weight: 4,
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
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

function entry(mood: number, text: string): JournalEntryData {
  return { mood, text, tags: ['property'], occurred_at: '2026-11-26T09:00:00.000Z' };
}

function visible(store: MemorySyncStore, ids: string[]) {
  return ids.map((id) => store.records.get(id) ?? null);
}

describe('sync convergence under failures (embedded database, restarts)', () => {
  let backend: TestBackend;
  let token: string;

  beforeAll(async () => {
    backend = await createTestBackend('pglite-disk');
    ({ token } = await registerUser(backend.app));
  });
  afterAll(() => backend?.close());

  it('converges to the last write of every record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
        const ids = Array.from({ length: SLOTS }, () => randomUUID());
        let time = Date.parse('2026-11-26T09:00:00Z');
        const devices = [0, 1].map(
          (i) => new MemorySyncStore(`device-${i}-${randomUUID().slice(0, 8)}`, () => time),
        ) as [MemorySyncStore, MemorySyncStore];
        let fault: Fault = 'none';
        const links = devices.map(() =>
          apiTransport(
            () => backend.app,
            token,
            () => fault,
          ),
        );
        const written: SyncChange[] = [];

        for (const step of commands) {
          if (step.kind === 'restart') {
            await backend.restart();
            continue;
          }
          const store = devices[step.device];
          if (step.kind === 'sync') {
            fault = step.fault;
            await syncOnce(store, links[step.device]!, store.clientId).catch((error: unknown) => {
              if (!(error instanceof NetworkFault)) throw error;
            });
            fault = 'none';
            continue;
          }
          time += step.advanceMs;
          const id = ids[step.slot]!;
          const data = step.kind === 'write' ? entry(step.mood, `${step.device}:${time}`) : null;
          written.push(store.write('journal_entries', id, data));
        }

        // Back on a good network: each device syncs until both have seen everything.
        for (const i of [0, 1, 0] as const)
          await syncOnce(devices[i], links[i]!, devices[i].clientId);
        const fresh = new MemorySyncStore(`device-new-${randomUUID().slice(0, 8)}`);
        await syncOnce(
          fresh,
          apiTransport(() => backend.app, token),
          fresh.clientId,
        );

        const lastWrite = ids.map(
          (id) =>
            written
              .filter((change) => change.id === id)
              .sort((a, b) => compareHlc(a.hlc, b.hlc))
              .at(-1) ?? null,
        );
        expect(devices[0].pendingCount + devices[1].pendingCount).toBe(0);
        expect(visible(devices[0], ids)).toEqual(lastWrite);
        expect(visible(devices[1], ids)).toEqual(lastWrite);
        expect(visible(fresh, ids)).toEqual(lastWrite);
      }),
      { numRuns: 40 },
    );
    // Forty histories with restarts of an on-disk database: slow, but they are the point.
  }, 240_000);
});
