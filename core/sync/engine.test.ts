import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_AHEAD_MS } from './constants';
import { DataResetError, syncOnce, type SyncTransport } from './engine';
import { formatHlc, parseHlc } from './hlc';
import { MemorySyncStore } from './memory-store';
import type { JournalEntryData, PullResponse, PushResponse, SyncChange } from './protocol';

const ID = '3f1b1c9e-8f0e-4c55-9a43-1b2c3d4e5f60';
const entry = (text: string): JournalEntryData => ({
  mood: 5,
  text,
  tags: [],
  occurred_at: '2026-11-26T09:00:00.000Z',
});

/** A scripted server: each push answer is computed from what was sent. */
function fakeServer(serverTime: () => number) {
  const server = {
    epoch: 0,
    resetHlc: null as string | null,
    pushes: [] as { epoch: number; changes: SyncChange[] }[],
    answer: (changes: SyncChange[]): Partial<PushResponse> => ({
      applied: changes.map((change) => change.id),
    }),
    transport: {
      async push(_clientId, epoch, changes) {
        server.pushes.push({ epoch, changes });
        if (epoch !== server.epoch) throw new DataResetError();
        return {
          applied: [],
          superseded: [],
          current: [],
          rejected: [],
          server_time: serverTime(),
          ...server.answer(changes),
        };
      },
      async pull(cursor): Promise<PullResponse> {
        return {
          changes: [],
          cursor,
          has_more: false,
          epoch: server.epoch,
          server_time: serverTime(),
          reset_hlc: server.resetHlc,
        };
      },
    } as SyncTransport,
  };
  return server;
}

describe('syncOnce', () => {
  it('pushes with the new epoch after a reset it learns of from a 409', async () => {
    const now = 1_000_000;
    const server = fakeServer(() => now);
    const device = new MemorySyncStore('device-aaaa', () => now);
    await syncOnce(device, server.transport, device.clientId);
    device.write('journal_entries', ID, entry('after the reset'));
    // "Delete all my data" on another device, a moment before this write but after this sync's
    // pull: the push meets 409 data_reset.
    const pull = server.transport.pull;
    server.transport.pull = async (cursor) => {
      const page = await pull(cursor, 500);
      server.epoch = 1;
      server.resetHlc = formatHlc({ wallMs: now - 1, counter: 0, node: 'server' });
      return page;
    };
    const result = await syncOnce(device, server.transport, device.clientId);
    expect(server.pushes.at(-1)!.epoch).toBe(1);
    expect(result).toMatchObject({ pushed: 1, reset: true });
    expect(device.records.get(ID)).toMatchObject({ data: { text: 'after the reset' } });
  });

  it('counts superseded changes apart from pushed ones and adopts the winning version', async () => {
    const server = fakeServer(() => 1_000_000);
    const device = new MemorySyncStore('device-aaaa', () => 1_000_000);
    const mine = device.write('journal_entries', ID, entry('mine'));
    const winner = { ...mine, hlc: formatHlc({ wallMs: 2_000_000, counter: 0, node: 'other' }) };
    (winner as { data: JournalEntryData }).data = entry('theirs');
    server.answer = () => ({ superseded: [ID], current: [winner] });
    const result = await syncOnce(device, server.transport, device.clientId);
    expect(result).toMatchObject({ pushed: 0, superseded: 1 });
    expect(device.records.get(ID)).toEqual(winner);
    expect(device.pendingCount).toBe(0);
  });

  it('re-stamps a change refused as clock_ahead with the corrected clock and sends it again', async () => {
    const serverNow = 1_000_000;
    const server = fakeServer(() => serverNow);
    // Never talked to the server, clock 25 h ahead.
    const device = new MemorySyncStore('device-aaaa', () => serverNow + 25 * 3_600_000);
    device.write('journal_entries', ID, entry('offline'));
    server.answer = (changes) =>
      parseHlc(changes[0]!.hlc).wallMs - serverNow > MAX_CLOCK_AHEAD_MS
        ? { rejected: [{ id: ID, code: 'clock_ahead', message: 'ahead' }] }
        : { applied: [ID] };
    const result = await syncOnce(device, server.transport, device.clientId);
    expect(result).toMatchObject({ pushed: 1, rejected: [] });
    expect(parseHlc(server.pushes.at(-1)!.changes[0]!.hlc).wallMs).toBe(serverNow);
    expect(parseHlc(device.records.get(ID)!.hlc).wallMs).toBe(serverNow);
  });

  it('sets a refused change aside with its sentence and pushes the rest', async () => {
    const server = fakeServer(() => 1_000_000);
    const device = new MemorySyncStore('device-aaaa', () => 1_000_000);
    const other = '4f1b1c9e-8f0e-4c55-9a43-1b2c3d4e5f61';
    device.write('journal_entries', ID, entry('bad'));
    device.write('journal_entries', other, entry('good'));
    const sentence = 'A tag can be at most 40 characters.';
    server.answer = () => ({
      applied: [other],
      rejected: [{ id: ID, code: 'invalid', message: sentence }],
    });
    const result = await syncOnce(device, server.transport, device.clientId);
    expect(result).toMatchObject({ pushed: 1, rejected: [{ id: ID, code: 'invalid' }] });
    expect(device.pendingCount).toBe(0);
    expect(device.setAsideChanges).toMatchObject([{ code: 'invalid', message: sentence }]);
    // A new edit of the record replaces what was set aside and syncs.
    device.write('journal_entries', ID, entry('fixed'));
    expect(device.setAsideChanges).toEqual([]);
    expect(device.pendingCount).toBe(1);
  });

  it('keeps writes stamped after a reset that another device made, and drops earlier ones', async () => {
    let now = 1_000_000;
    const server = fakeServer(() => now);
    const device = new MemorySyncStore('device-aaaa', () => now);
    await syncOnce(device, server.transport, device.clientId);
    const other = '4f1b1c9e-8f0e-4c55-9a43-1b2c3d4e5f61';
    device.write('journal_entries', ID, entry('before'));
    now += 10;
    server.epoch = 1;
    server.resetHlc = formatHlc({ wallMs: now, counter: 0, node: 'server' });
    now += 10;
    device.write('journal_entries', other, entry('after'));
    const result = await syncOnce(device, server.transport, device.clientId);
    expect(result).toMatchObject({ pushed: 1, reset: true });
    expect(server.pushes.at(-1)!.changes.map((change) => change.id)).toEqual([other]);
    expect([...device.records.keys()]).toEqual([other]);
  });
});
