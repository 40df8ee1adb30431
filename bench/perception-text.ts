/**
 * The text worker alone for `bench:perception`: its own page (no camera, no microphone, no face
 * worker sharing the CPU), messages sent back to back, each stage's ms as the worker measured it,
 * the sentence encoder's download in bytes, and the main thread's long tasks meanwhile.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { VoiceTextDebugPage } from '../e2e/pages/voice-text-debug';
import { collect, pageNow, PROBE_SCRIPT, type ProbeRecord } from './perception-probe';
import { spread } from './perception-stats';

/** What the encoder adds to the download: its files and tfjs' WASM, all under /models/. */
const ENCODER_FILES = /^\/models\/(?:sentence-encoder\/|tfjs\/)/;

/** Stage by stage, from the worker's own timings of each message. */
export function textStages(text: ProbeRecord['text']) {
  const withEncoder = text.filter((t) => t.encoder);
  return {
    rules_ms: spread(text.map((t) => t.rules)),
    classifier_ms: spread(text.map((t) => t.model)),
    encoder_ms: spread(withEncoder.map((t) => t.encoderMs)),
    total_ms: spread(text.map((t) => t.total)),
    round_trip_ms: spread(text.flatMap((t) => (t.roundTrip === null ? [] : [t.roundTrip]))),
    messages: text.length,
    messages_with_encoder: withEncoder.length,
  };
}

/** Bytes of every response under the encoder's paths, counted as they arrive (workers included). */
function countEncoderBytes(context: BrowserContext) {
  const files = new Map<string, number>();
  context.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!ENCODER_FILES.test(path) || response.status() !== 200) return;
    void response.body().then(
      (body) => files.set(path, body.length),
      () => undefined,
    );
  });
  return files;
}

export async function timeTextAlone(
  browser: Browser,
  baseUrl: string,
  seconds: number,
  messages: readonly string[],
) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const files = countEncoderBytes(context);
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  const debug = new VoiceTextDebugPage(page, baseUrl);
  await debug.open();
  await page.getByTestId('text-input').focus();
  await debug.settled('text-status');
  const status = await debug.textStatus().innerText();
  await page.waitForTimeout(2_000);
  const start = await pageNow(page.mainFrame());
  const end = Date.now() + seconds * 1_000;
  for (let i = 0; Date.now() < end; i++) await debug.send(messages[i % messages.length]!);
  const stop = await pageNow(page.mainFrame());
  const record = await collect(page.frames());
  await context.close();
  const text = record.text.filter((t) => t.at >= start && t.at <= stop);
  const tasks = record.longTasks.filter((t) => t.start >= start && t.start <= stop);
  return {
    what: 'the text worker alone in its own page, one message after another, the worker measuring each stage',
    status,
    ...textStages(text),
    encoder_download_bytes: [...files.values()].reduce((sum, bytes) => sum + bytes, 0),
    encoder_files: Object.fromEntries([...files].sort()),
    main_thread_tasks_over_50ms: tasks.filter((t) => t.duration > 50).length,
    longest_main_thread_task_ms: tasks.length
      ? Number(Math.max(...tasks.map((t) => t.duration)).toFixed(1))
      : 0,
  };
}
