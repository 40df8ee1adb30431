/**
 * Dexie and memory stores checked against one model of the sync contract, on random histories of
 * local edits, pulls, acknowledgements and resets: the record with the latest timestamp wins,
 * the outbox holds unacknowledged local edits in order, and local timestamps only move forward.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncStore } from '../../../core/sync/engine';
import { formatHlc } from '../../../core/sync/hlc';
import { MemorySyncStore } from '../../../core/sync/memory-store';
import type { JournalEntryData, SyncChange } from '../../../core/sync/protocol';
import { RivionDb } from './db';
import { DexieSyncStore } from './dexie-sync-store';

const START = Date.UTC(2026, 0, 1);
const IDS = [1, 2, 3].map((n) => `00000000-0000-4000-8000-00000000000${n}`);

type Step =
  | { kind: 'write'; id: number; remove: boolean }
  | { kind: 'pull'; changes: { id: number; offsetMs: number; counter: number; remove: boolean }[] }
  | { kind: 'ack'; count: number }
  | { kind: 'reset' };

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
  fc.constant({ kind: 'reset' as const }),
);

interface Harness {
  store: SyncStore;
  write(id: string, text: string | null): Promise<SyncChange>;
  records(): Promise<SyncChange[]>;
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

async function runHistory(harness: Harness, steps: Step[], tick: () => void): Promise<void> {
  const latest = new Map<string, SyncChange>();
  let outbox: SyncChange[] = [];
  let lastLocal = '';
  for (const [index, s] of steps.entries()) {
    tick();
    if (s.kind === 'write') {
      const written = await harness.write(IDS[s.id]!, s.remove ? null : `local ${index}`);
      expect(written.hlc > lastLocal).toBe(true);
      lastLocal = written.hlc;
      latest.set(written.id, written);
      outbox.push(written);
    } else if (s.kind === 'pull') {
      const pulled = s.changes.map((c, i) => {
        const hlc = formatHlc({
          wallMs: START + index + c.offsetMs,
          counter: c.counter,
          node: 'r',
        });
        return change(IDS[c.id]!, hlc, c.remove ? null : `remote ${index}.${i}`);
      });
      await harness.store.applyPulled(pulled, String(index), 1);
      for (const p of pulled) {
        const current = latest.get(p.id);
        if (!current || p.hlc > current.hlc) latest.set(p.id, p);
      }
    } else if (s.kind === 'ack') {
      const batch = await harness.store.pendingChanges(s.count);
      await harness.store.acknowledge(batch.map((item) => item.seq));
      outbox = outbox.slice(batch.length);
    } else {
      await harness.store.reset();
      latest.clear();
      outbox = [];
    }
  }
  const byId = (a: SyncChange, b: SyncChange) => a.id.localeCompare(b.id);
  expect((await harness.records()).sort(byId)).toEqual([...latest.values()].sort(byId));
  expect((await harness.store.pendingChanges(100)).map((item) => item.change)).toEqual(outbox);
}

describe('sync store contract', () => {
  it('MemorySyncStore follows the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        let now = START;
        const store = new MemorySyncStore('device', () => now);
        await runHistory(
          {
            store,
            write: async (id, text) => store.write('journal_entries', id, journalData(text)),
            records: async () => [...store.records.values()],
          },
          steps,
          () => (now += 1),
        );
      }),
    );
  });

  it('DexieSyncStore follows the same model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        let now = START;
        const db = new RivionDb(`model-${crypto.randomUUID()}`);
        const store = new DexieSyncStore(db, () => now);
        try {
          await runHistory(
            {
              store,
              write: (id, text) => store.writeLocal('journal_entries', id, journalData(text)),
              records: () => db.journal_entries.toArray(),
            },
            steps,
            () => (now += 1),
          );
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  });
});
