/**
 * Two devices of one account, both open: an entry written on one appears on the other within a
 * few seconds (the server's change nudge), not on the one-minute refresh.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { twoDevices } from './pages/app';

const LIVE_LIMIT_MS = 5_000;

describe('live changes between devices', () => {
  const env = useAppUnderTest();

  it('shows an entry made on one device on the other within five seconds', async () => {
    const { laptop, phone, close } = await twoDevices(env.browser, env.server.url);

    const latencies: number[] = [];
    for (const [writer, reader, text] of [
      [laptop, phone, 'Written on the laptop, read on the phone.'],
      [phone, laptop, 'Written on the phone, read on the laptop.'],
    ] as const) {
      await writer.writeEntry({ mood: 7, text, tags: ['live'] });
      const saved = Date.now();
      await reader.entry(text).waitFor({ timeout: 30_000 });
      latencies.push(Date.now() - saved);
    }

    console.info(`live change latency (ms): ${latencies.join(', ')}`);
    for (const latency of latencies) expect(latency).toBeLessThanOrEqual(LIVE_LIMIT_MS);
    await close();
  });
});
