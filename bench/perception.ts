/**
 * `npm run bench:perception`: the face, voice and text workers at once in headless Chromium on a
 * fake camera (a real face clip) and a fake mic (espeak-ng speech), with a message typed every
 * ~2 s, for BENCH_SECONDS (60). Before and after that window MediaPipe's face landmarker runs
 * alone on the same camera for REFERENCE_SECONDS (15) each, and the face stage is also given as a
 * ratio to it, which holds across machines where milliseconds do not. The text worker, with its
 * sentence encoder, is also timed alone in its own page for TEXT_SECONDS (20), stage by stage.
 * Prints one JSON document.
 * Not a test: numbers vary with the machine.
 */
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { VoiceTextDebugPage } from '../e2e/pages/voice-text-debug';
import { launchBrowser } from '../e2e/support/browser';
import { cameraClip, fakeMediaArgs, speechWav } from '../e2e/support/media';
import { startServer } from '../e2e/support/server';
import { CLIP, missingPrerequisites } from './perception-media';
import { collect, pageNow, PROBE_SCRIPT } from './perception-probe';
import { timeReference, type ReferenceRun } from './perception-reference';
import { machineInfo, percentile, renderers, spread } from './perception-stats';
import { openFace, settle } from './perception-session';
import { textStages, timeTextAlone } from './perception-text';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const REFERENCE_SECONDS = Number(process.env.REFERENCE_SECONDS ?? 15);
const TEXT_SECONDS = Number(process.env.TEXT_SECONDS ?? 20);
const MESSAGE_EVERY_MS = 2_000;
/** Voice: 20 ms for a 2 s segment, i.e. 10 ms per second of audio. */
const TARGETS = {
  face_median_ms: 25,
  voice_ms_per_audio_second: 10,
  /** Issue 10: the whole message with the sentence encoder; the rules alone within 5 ms. */
  text_ms: 15,
  text_rules_ms: 5,
  main_thread_task_ms: 50,
};
const MESSAGES = [
  'I am so happy today',
  'This deadline is killing me, but I will manage',
  'Oh great, another meeting',
  'I could not sleep again and I feel exhausted',
  'My sister visited and we cooked together, it was lovely',
  "I'm not hopeless, just tired of the commute",
  'Money is tight and the rent went up',
  'Why did they cancel the project without telling anyone?',
];

/** Undo in reverse order of setup, also on Ctrl-C, so no browser, server or temp file is left. */
const undo: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;
/** One clean-up shared by the signal handler and the normal exit, so neither cuts the other short. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (undo.length) {
      try {
        await undo.pop()!();
      } catch (error) {
        console.error('bench:perception clean-up:', (error as Error).message);
      }
    }
  })();
  return cleaning;
}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(code)));
}

async function measure(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 1000 },
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const voiceText = new VoiceTextDebugPage(page, baseUrl);
  await voiceText.open();
  await page.getByTestId('text-input').focus();
  await voiceText.startMicrophone();
  const face = await openFace(page, baseUrl);
  await settle(voiceText, face);
  await page.waitForTimeout(2_000); // let first-run compilation pass before the window opens

  const loadBefore = Number(loadavg()[0]!.toFixed(2));
  const start = await pageNow(page.mainFrame());
  const cpuBefore = await renderers(browser);
  const end = Date.now() + SECONDS * 1_000;
  for (let i = 0; Date.now() < end; i++) {
    const sent = Date.now();
    await voiceText.send(MESSAGES[i % MESSAGES.length]!);
    await page.waitForTimeout(Math.max(0, Math.min(end, sent + MESSAGE_EVERY_MS) - Date.now()));
  }
  const stop = await pageNow(page.mainFrame());
  const processes = await renderers(browser);
  const heap = await context.newCDPSession(page).then(async (cdp) => {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  });
  const record = await collect(page.frames());
  // Closed before the reference runs, so the two never share the CPU.
  await context.close();
  return { start, stop, record, processes, cpuBefore, heap, errors, loadBefore };
}

const round = (value: number) => Number(value.toFixed(2));

/** Measured voice cost per segment, per second of audio, and on segments of about 2 s. */
function voiceCost(voice: { total: number; seconds: number }[]) {
  const near2s = voice.filter((v) => v.seconds >= 1.5 && v.seconds <= 2.5);
  return {
    ms_per_segment: spread(voice.map((v) => v.total)),
    ms_per_audio_second: spread(voice.map((v) => v.total / v.seconds)),
    ms_per_segment_of_1_5_to_2_5_s: {
      ...spread(near2s.map((v) => v.total)),
      segments: near2s.length,
    },
    segment_seconds: spread(voice.map((v) => v.seconds)),
  };
}

/** The face stage over the reference (the mean of both runs' medians): about 1 = as fast. */
function againstReference(faceMedian: number | null, references: ReferenceRun[]) {
  const medians = references.flatMap((r) =>
    r.ms_per_frame.median === null ? [] : [r.ms_per_frame.median],
  );
  const reference = medians.length ? medians.reduce((a, b) => a + b) / medians.length : null;
  return {
    what: 'MediaPipe FaceLandmarker alone (same model, wasm, CPU delegate, options) on the same camera, in its own page, before and after the window',
    before: references[0],
    after: references[1],
    face_median_over_reference_median:
      faceMedian !== null && reference ? round(faceMedian / reference) : null,
  };
}

function report(
  run: Awaited<ReturnType<typeof measure>>,
  references: ReferenceRun[],
  textAlone: Awaited<ReturnType<typeof timeTextAlone>>,
  speechSeconds: number,
  chromium: string,
) {
  const { start, stop, record } = run;
  const inWindow = <T extends { at: number }>(items: T[]) =>
    items.filter((item) => item.at >= start && item.at <= stop);
  const seconds = (stop - start) / 1_000;
  const face = inWindow(record.face);
  const voice = inWindow(record.voice);
  const text = inWindow(record.text);
  const tasks = record.longTasks.filter((task) => task.start >= start && task.start <= stop);
  const longest = (list: { duration: number }[]) =>
    list.length ? Number(Math.max(...list.map((task) => task.duration)).toFixed(1)) : 0;
  const cpu = run.processes.reduce((sum, p) => sum + p.cpuSeconds, 0);
  const cpuBefore = run.cpuBefore.reduce((sum, p) => sum + p.cpuSeconds, 0);
  const faceMedian = percentile(
    face.map((f) => f.ms),
    50,
  );
  const textMedian = percentile(
    text.map((t) => t.total),
    50,
  );
  return {
    seconds: Number(seconds.toFixed(1)),
    setup: {
      layout:
        'one page: /debug/voice-text with /debug/perception in a same-origin iframe ' +
        '(one renderer, one main thread); service worker blocked',
      camera: `${CLIP} → y4m 640x360 15 fps, looped by Chromium`,
      microphone: `espeak-ng, ${speechSeconds.toFixed(1)} s of speech, looped by Chromium`,
    },
    face: {
      ms_per_frame: spread(face.map((f) => f.ms)),
      round_trip_ms: spread(face.flatMap((f) => (f.roundTrip === null ? [] : [f.roundTrip]))),
      analysed_fps: Number((face.length / seconds).toFixed(2)),
      frames: face.length,
      no_face_frames: face.filter((f) => f.kind === 'no_face').length,
      skipped_frames: record.faceSkipped.filter((at) => at >= start && at <= stop).length,
      reference: againstReference(faceMedian, references),
    },
    voice: {
      ...voiceCost(voice),
      vad_ms_per_frame: spread(voice.map((v) => v.vadPerFrame)),
      segments: voice.length,
    },
    text: {
      ms_per_message: spread(text.map((t) => t.total)),
      ...textStages(text),
      alone: textAlone,
    },
    main_thread: {
      longest_task_ms: longest(tasks),
      tasks_over_50ms: tasks.filter((task) => task.duration > 50).length,
      longest_task_ms_while_loading: longest(record.longTasks.filter((t) => t.start < start)),
      // Long animation frames in the window, longest first, with the scripts that ran in them.
      long_frames: record.longFrames
        .filter((f) => f.start >= start && f.start <= stop)
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5)
        .map((f) => ({
          ms: Math.round(f.duration),
          blocking_ms: Math.round(f.blocking),
          scripts: f.scripts,
        })),
    },
    renderer_memory: {
      after_s: Number(seconds.toFixed(1)),
      // The page's renderer is the largest; the others are Chromium's spare or blank renderers.
      pss_mb: Math.max(0, ...run.processes.map((p) => p.pssMb ?? 0)),
      all_page_renderers_pss_mb: run.processes.map((p) => p.pssMb),
      main_thread_js_heap_mb: Number((run.heap / 2 ** 20).toFixed(1)),
    },
    renderer_cpu_cores_busy: Number(((cpu - cpuBefore) / seconds).toFixed(2)),
    targets: {
      face_median_ms_per_frame: { target_max: TARGETS.face_median_ms, measured: faceMedian },
      voice_median_ms_per_audio_second: {
        target_max: TARGETS.voice_ms_per_audio_second,
        measured: voiceCost(voice).ms_per_audio_second.median,
      },
      text_median_ms_per_message: { target_max: TARGETS.text_ms, measured: textMedian },
      text_median_ms_per_message_alone: {
        target_max: TARGETS.text_ms,
        measured: textAlone.total_ms.median,
      },
      text_rules_median_ms: {
        target_max: TARGETS.text_rules_ms,
        measured: textStages(text).rules_ms.median,
      },
      longest_main_thread_task_ms: {
        target_max: TARGETS.main_thread_task_ms,
        measured: longest(tasks),
      },
    },
    page_errors: run.errors,
    machine: machineInfo(chromium, run.loadBefore),
  };
}

async function main() {
  const missing = missingPrerequisites();
  if (missing.length) throw new Error(`cannot run:\n- ${missing.join('\n- ')}`);
  const speech = speechWav();
  const server = await startServer();
  undo.push(() => server.dispose());
  const browser = await launchBrowser(fakeMediaArgs({ video: cameraClip(), audio: speech.wav }));
  undo.push(() => browser.close());
  const before = await timeReference(browser, server.url, REFERENCE_SECONDS);
  const run = await measure(browser, server.url);
  const after = await timeReference(browser, server.url, REFERENCE_SECONDS);
  const textAlone = await timeTextAlone(browser, server.url, TEXT_SECONDS, MESSAGES);
  const json = report(run, [before, after], textAlone, speech.seconds, browser.version());
  console.info(JSON.stringify(json, null, 2));
}

try {
  await main();
} catch (error) {
  console.error(`bench:perception failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
