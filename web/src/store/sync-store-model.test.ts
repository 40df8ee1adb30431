/**
 * Dexie and memory stores checked against one model of the sync contract, on random histories of
 * local edits, pulls, acknowledgements, refusals, server clock reports with re-stamps and resets
 * elsewhere: the record with the latest timestamp wins, the outbox holds unacknowledged local
 * edits in order, a refused change stays beside its record until a new edit replaces it, local
 * timestamps only move forward (unless the server says this clock ran ahead), and re-stamps come
 * from the server-corrected clock.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_AHEAD_MS } from '../../../core/sync/constants';
import type { SyncStore } from '../../../core/sync/engine';
import { formatHlc, parseHlc } from '../../../core/sync/hlc';
import { MemorySyncStore } from '../../../core/sync/memory-store';
import type { JournalEntryData, SyncChange } from '../../../core/sync/protocol';
import { RivionDb } from './db';
import { DexieSyncStore } from './dexie-sync-store';

const START = Date.UTC(2026, 0, 1);
const IDS = [1, 2, 3].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
const HOUR = 3_600_000;

type Step =
  | { kind: 'write'; id: number; remove: boolean }
  | { kind: 'pull'; changes: { id: number; offsetMs: number; counter: number; remove: boolean }[] }
  | { kind: 'ack'; count: number }
  | { kind: 'refuse'; count: number }
  | { kind: 'serverTime'; offsetMs: number; restamp: number }
  | { kind: 'reset'; offsetMs: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('write'), id: fc.nat(2), remove: fc.boolean() }),
  fc.record({
    kind: fc.constant('pull'),
    changes: fc.array(
      fc.record({
        id: fc.nat(2),
        offsetMs: fc.integer({ min: -5, max: 40 }),
        counter: fc.nat(3),
        remove: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  }),
  fc.record({ kind: fc.constant('ack'), count: fc.nat(3) }),
  fc.record({ kind: fc.constant('refuse'), count: fc.nat(2) }),
  fc.record({
    kind: fc.constant('serverTime'),
    // The device clock is right, a little off, or hours ahead of or behind the server's.
    offsetMs: fc.constantFrom(0, -20, 30, -25 * HOUR, 25 * HOUR),
    restamp: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('reset'), offsetMs: fc.integer({ min: -30, max: 5 }) }),
);

interface Harness {
  store: SyncStore;
  write(id: string, text: string | null): Promise<SyncChange>;
  records(): Promise<SyncChange[]>;
  /** The refused changes the store keeps, as `[record id, sentence]`. */
  refused(): Promise<{ change: SyncChange; message: string }[]>;
}

function journalData(text: string | null): JournalEntryData | null {
  return text === null
    ? null
    : { mood: 5, text, tags: [], occurred_at: '2026-01-01T00:00:00.000Z' };
}

function change(id: string, hlc: string, text: string | null): SyncChange {
  const data = journalData(text);
  return data === null
    ? { table: 'journal_entries', id, hlc, deleted: true, data }
    : { table: 'journal_entries', id, hlc, deleted: false, data };
}

/** The refusals that belong beside their record: those of the change the record still shows. */
function besideRecords(
  refused: { change: SyncChange; message: string }[],
  records: Map<string, SyncChange>,
): [string, string][] {
  return refused
    .filter(({ change }) => records.get(change.id)?.hlc === change.hlc)
    .map(({ change, message }): [string, string] => [change.id, message])
    .sort();
}

async function runHistory(harness: Harness, steps: Step[], clock: { now: number }) {
  const latest = new Map<string, SyncChange>();
  let outbox: SyncChange[] = [];
  let refused: { change: SyncChange; message: string }[] = [];
  let lastLocal = '';
  let offset = 0;
  const corrected = () => clock.now + offset;
  for (const [index, s] of steps.entries()) {
    clock.now += 1;
    if (s.kind === 'write') {
      const written = await harness.write(IDS[s.id]!, s.remove ? null : `local ${index}`);
      expect(written.hlc > lastLocal).toBe(true);
      lastLocal = written.hlc;
      latest.set(written.id, written);
      outbox.push(written);
      refused = refused.filter((r) => r.change.id !== written.id);
    } else if (s.kind === 'pull') {
      const pulled = s.changes.map((c, i) => {
        const hlc = formatHlc({
          wallMs: START + index + c.offsetMs,
          counter: c.counter,
          node: 'r',
        });
        return change(IDS[c.id]!, hlc, c.remove ? null : `remote ${index}.${i}`);
      });
      const { cursor } = await harness.store.position();
      await harness.store.applyPulled(pulled, String(Number(cursor) + 1), 1);
      for (const p of pulled) {
        const current = latest.get(p.id);
        if (!current || p.hlc > current.hlc) latest.set(p.id, p);
      }
    } else if (s.kind === 'ack' || s.kind === 'refuse') {
      const batch = await harness.store.pendingChanges(s.count);
      const seqs = batch.map((item) => item.seq);
      if (s.kind === 'ack') await harness.store.acknowledge(seqs);
      else {
        const message = `Refused at step ${index}.`;
        await harness.store.setAside(seqs.map((seq) => ({ seq, code: 'invalid', message })));
        refused.push(...batch.map((item) => ({ change: item.change, message })));
      }
      outbox = outbox.slice(batch.length);
    } else if (s.kind === 'serverTime') {
      offset = s.offsetMs;
      await harness.store.adoptServerTime(corrected());
      // A last stamp further ahead of the server's clock than it accepts is no longer followed.
      if (lastLocal && parseHlc(lastLocal).wallMs - corrected() > MAX_CLOCK_AHEAD_MS)
        lastLocal = '';
      const batch = await harness.store.pendingChanges(s.restamp);
      await harness.store.restamp(batch.map((item) => item.seq));
      const fresh = await harness.store.pendingChanges(s.restamp);
      expect(fresh.map((item) => item.seq)).toEqual(batch.map((item) => item.seq));
      for (const [i, { change: restamped }] of fresh.entries()) {
        const before = outbox[i]!;
        expect({ ...restamped, hlc: before.hlc }).toEqual(before);
        expect(restamped.hlc > lastLocal).toBe(true);
        expect(parseHlc(restamped.hlc).wallMs - corrected()).toBeLessThanOrEqual(
          MAX_CLOCK_AHEAD_MS,
        );
        lastLocal = restamped.hlc;
        if (latest.get(before.id)?.hlc === before.hlc) latest.set(before.id, restamped);
        outbox[i] = restamped;
      }
    } else {
      const resetHlc = formatHlc({ wallMs: START + index + s.offsetMs, counter: 0, node: 's' });
      await harness.store.resetBefore(resetHlc, 2);
      const survives = (c: SyncChange) => c.hlc > resetHlc;
      for (const [id, record] of latest) if (!survives(record)) latest.delete(id);
      outbox = outbox.filter(survives);
      refused = refused.filter((r) => survives(r.change));
      expect(await harness.store.position()).toEqual({ cursor: '0', epoch: 2 });
    }
  }
  const byId = (a: SyncChange, b: SyncChange) => a.id.localeCompare(b.id);
  const records = (await harness.records()).sort(byId);
  expect(records).toEqual([...latest.values()].sort(byId));
  expect((await harness.store.pendingChanges(100)).map((item) => item.change)).toEqual(outbox);
  const recordsById = new Map(records.map((record) => [record.id, record]));
  expect(besideRecords(await harness.refused(), recordsById)).toEqual(
    besideRecords(refused, recordsById),
  );
}

describe('sync store contract', () => {
  it('MemorySyncStore follows the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const clock = { now: START };
        const store = new MemorySyncStore('device', () => clock.now);
        await runHistory(
          {
            store,
            write: async (id, text) => store.write('journal_entries', id, journalData(text)),
            records: async () => [...store.records.values()],
            refused: async () =>
              store.setAsideChanges.map(({ item, message }) => ({ change: item.change, message })),
          },
          steps,
          clock,
        );
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('DexieSyncStore follows the same model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const clock = { now: START };
        const db = new RivionDb(`model-${crypto.randomUUID()}`);
        const store = new DexieSyncStore(db, () => clock.now);
        try {
          await runHistory(
            {
              store,
              write: (id, text) => store.writeLocal('journal_entries', id, journalData(text)),
              records: () => db.journal_entries.toArray(),
              refused: () => db.refused.toArray(),
            },
            steps,
            clock,
          );
        } finally {
          await db.delete();
        }
      }),
      { seed: 7, numRuns: 80 },
    );
  });
});
