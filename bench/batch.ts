/** Realistic sync traffic: new journal entries, as a device that wrote offline would push them. */
import { randomUUID } from 'node:crypto';
import { formatHlc } from '../core/sync/hlc';

let counter = 0;
const COUNTER_LIMIT = 36 ** 4;

export function journalBatch(size: number, node: string) {
  return Array.from({ length: size }, (_, i) => ({
    table: 'journal_entries' as const,
    id: randomUUID(),
    hlc: formatHlc({ wallMs: Date.now(), counter: counter++ % COUNTER_LIMIT, node }),
    deleted: false as const,
    data: {
      mood: 1 + (i % 10),
      text: 'Slept badly, long day at work, but the evening walk helped a little.',
      tags: ['work', 'sleep'],
      occurred_at: new Date().toISOString(),
    },
  }));
}
