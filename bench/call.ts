/**
 * `npm run bench:call [-- --minutes N]`: one call on /call with every modality on, in headless
 * Chromium with a 30 fps fake camera (the face clip) and a fake mic (espeak-ng speech), a short
 * message typed every minute. Measures what a person would feel: the self-view's frame rate
 * (requestVideoFrameCallback), main-thread long tasks (PerformanceObserver 'longtask'), and the
 * renderer's and GPU process's memory (PSS from /proc/<pid>/smaps_rollup every 15 s) with its
 * least-squares slope. Prints one JSON document. Not a test: numbers vary with the machine.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { newAccount } from '../e2e/pages/app';
import {
  sendAndWaitForReply,
  signUpToWelcome,
  skipWelcome,
  startCall,
} from '../e2e/pages/call-flow';
import { launchBrowser } from '../e2e/support/browser';
import { cameraClip, fakeMediaArgs, speechWav } from '../e2e/support/media';
import { startServer } from '../e2e/support/server';
import { CLIP, missingPrerequisites } from './perception-media';
import {
  chromiumProcesses,
  leastSquaresSlope as slope,
  machineInfo,
  percentile,
} from './perception-stats';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' } } });
const MINUTES = Number(values.minutes);
const SAMPLE_EVERY_MS = 15_000;
const MESSAGE_EVERY_MS = 60_000;
/** The first samples include model loading and calibration; the frame rate is judged after. */
const WARM_UP_MS = 30_000;
/** Memory is judged for growth from here on: loading the models fills the first minute or so. */
const STEADY_FROM_MINUTE = Math.min(2, MINUTES / 2);
const TARGETS = { self_view_fps_min: 25, longest_task_ms_max: 50, end_pss_mb_max: 800 };
const MESSAGES = [
  'Work was a lot today, but I managed the worst of it.',
  'I feel a bit tense about tomorrow.',
  'Talking helps, thanks.',
  'I think I will go for a walk later.',
];

/** Counts the self-view's presented frames and the page's long tasks from the start. */
const PROBE = `(() => {
  const probe = { longTasks: [], frames: [] };
  window.__callBench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const watch = () => {
    const video = document.querySelector('[data-testid="call-self-view"]');
    if (!video || video.__callBench) return;
    video.__callBench = true;
    const frame = (now, metadata) => {
      probe.frames.push([performance.timeOrigin + now, metadata.presentedFrames]);
      if (probe.frames.length > 200000) probe.frames.splice(0, 100000);
      video.requestVideoFrameCallback(frame);
    };
    video.requestVideoFrameCallback(frame);
  };
  new MutationObserver(watch).observe(document, { subtree: true, childList: true });
})();`;

interface Probe {
  longTasks: { start: number; duration: number }[];
  frames: [at: number, presented: number][];
}

interface MemorySample {
  minute: number;
  renderer_pss_mb: number;
  /** The renderer's shared-memory regions: where video frames turned into ImageBitmaps live. */
  renderer_shared_memory_mb: number | null;
  gpu_pss_mb: number;
  total_pss_mb: number;
}

const round = (value: number | null, digits = 1) =>
  value === null ? null : Number(value.toFixed(digits));

/** PSS of the process's `/memfd:shared-memory-region` mappings, from /proc/<pid>/smaps. */
function sharedMemoryMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    let kb = 0;
    let inRegion = false;
    for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
      if (/^[0-9a-f]+-[0-9a-f]+ /.test(line))
        inRegion = line.includes('/memfd:shared-memory-region');
      else if (inRegion && line.startsWith('Pss:')) kb += Number(line.split(/\s+/)[1]);
    }
    return round(kb / 1024);
  } catch {
    return null;
  }
}

async function memory(browser: Browser, startedAt: number): Promise<MemorySample> {
  const processes = await chromiumProcesses(browser, ['renderer', 'gpu']);
  // The call's renderer is the largest; the others are Chromium's spare or blank renderers.
  const largest = processes
    .filter((p) => p.type === 'renderer')
    .reduce<(typeof processes)[number] | undefined>(
      (best, p) => ((p.pssMb ?? 0) > (best?.pssMb ?? 0) ? p : best),
      undefined,
    );
  const renderer = largest?.pssMb ?? 0;
  const gpu = processes.filter((p) => p.type === 'gpu').reduce((sum, p) => sum + (p.pssMb ?? 0), 0);
  return {
    minute: round((Date.now() - startedAt) / 60_000, 2)!,
    renderer_pss_mb: round(renderer)!,
    renderer_shared_memory_mb: sharedMemoryMb(largest?.pid),
    gpu_pss_mb: round(gpu)!,
    total_pss_mb: round(renderer + gpu)!,
  };
}

/** Frames presented per second between two times, from the rVFC records. */
function fpsBetween(frames: Probe['frames'], from: number, to: number): number | null {
  const inside = frames.filter(([at]) => at >= from && at <= to);
  if (inside.length < 2) return null;
  const [firstAt, firstCount] = inside[0]!;
  const [lastAt, lastCount] = inside.at(-1)!;
  return round(((lastCount - firstCount) * 1_000) / (lastAt - firstAt));
}

async function runCall(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  await context.addInitScript({ content: PROBE });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signUpToWelcome(page, baseUrl, newAccount());
  await skipWelcome(page);
  for (const toggle of ['call-toggle-camera', 'call-toggle-microphone']) {
    if (!(await page.getByTestId(toggle).isChecked())) await page.getByTestId(toggle).check();
  }
  await startCall(page);
  const loadBefore = Number(loadavg()[0]!.toFixed(2));
  const startedAt = Date.now();
  const samples: MemorySample[] = [await memory(browser, startedAt)];
  const end = startedAt + MINUTES * 60_000;
  let nextMessage = startedAt + 5_000;
  let sent = 0;
  while (Date.now() < end) {
    const nextSample = startedAt + samples.length * SAMPLE_EVERY_MS;
    if (Date.now() >= nextMessage) {
      await sendAndWaitForReply(page, MESSAGES[sent++ % MESSAGES.length]!);
      nextMessage += MESSAGE_EVERY_MS;
    }
    await page.waitForTimeout(Math.max(0, Math.min(nextSample, nextMessage, end) - Date.now()));
    if (Date.now() >= nextSample) samples.push(await memory(browser, startedAt));
  }
  const probe = (await page.evaluate('window.__callBench')) as Probe;
  const notes = await page.getByTestId('call-modality-note').innerText();
  await context.close();
  return { startedAt, samples, probe, errors, sent, notes, loadBefore };
}

function report(run: Awaited<ReturnType<typeof runCall>>, clipFps: number, chromium: string) {
  const { startedAt, samples, probe } = run;
  const end = startedAt + MINUTES * 60_000;
  const settled = startedAt + WARM_UP_MS;
  const windows: (number | null)[] = [];
  for (let from = settled; from + SAMPLE_EVERY_MS <= end; from += SAMPLE_EVERY_MS) {
    windows.push(fpsBetween(probe.frames, from, from + SAMPLE_EVERY_MS));
  }
  const measured = windows.filter((fps): fps is number => fps !== null);
  const during = probe.longTasks.filter((t) => t.start >= startedAt);
  const afterWarmUp = during.filter((t) => t.start >= settled);
  const longest = (tasks: Probe['longTasks']) =>
    tasks.length ? round(Math.max(...tasks.map((t) => t.duration))) : 0;
  const totalSlope = slope(samples.map((s) => [s.minute, s.total_pss_mb]));
  const steady = samples.filter((s) => s.minute >= STEADY_FROM_MINUTE);
  const last = samples.at(-1)!;
  return {
    minutes: MINUTES,
    setup: {
      page: '/call, camera + microphone + text on, signed in, service worker on',
      camera: `${CLIP} → y4m 640x360 ${clipFps} fps, looped by Chromium`,
      microphone: 'espeak-ng speech, looped by Chromium',
      messages_typed: run.sent,
    },
    self_view_fps: {
      after_warm_up_s: WARM_UP_MS / 1_000,
      whole_call: fpsBetween(probe.frames, settled, end),
      per_15_s_window: {
        min: measured.length ? Math.min(...measured) : null,
        median: percentile(measured, 50),
      },
    },
    main_thread_long_tasks: {
      count: during.length,
      longest_ms: longest(during),
      count_after_warm_up: afterWarmUp.length,
      longest_ms_after_warm_up: longest(afterWarmUp),
    },
    memory: {
      sampled_every_s: SAMPLE_EVERY_MS / 1_000,
      end: last,
      // The models load during the first minute or two; whether memory grows is the steady part.
      steady_slope_mb_per_min: {
        from_minute: STEADY_FROM_MINUTE,
        total: round(slope(steady.map((s) => [s.minute, s.total_pss_mb])), 2),
      },
      slope_mb_per_min: {
        total: round(totalSlope, 2),
        renderer: round(slope(samples.map((s) => [s.minute, s.renderer_pss_mb])), 2),
        gpu: round(slope(samples.map((s) => [s.minute, s.gpu_pss_mb])), 2),
      },
      samples,
    },
    targets: {
      self_view_fps: {
        target_min: TARGETS.self_view_fps_min,
        measured: fpsBetween(probe.frames, settled, end),
      },
      longest_task_ms: { target_max: TARGETS.longest_task_ms_max, measured: longest(during) },
      end_pss_mb: { target_max: TARGETS.end_pss_mb_max, measured: last.total_pss_mb },
    },
    modality_notes: run.notes,
    page_errors: run.errors,
    machine: machineInfo(chromium, run.loadBefore),
  };
}

async function main() {
  if (!Number.isFinite(MINUTES) || MINUTES <= 0) throw new Error('--minutes takes a number > 0');
  const missing = missingPrerequisites();
  if (missing.length) throw new Error(`cannot run:\n- ${missing.join('\n- ')}`);
  const clipFps = 30;
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    const media = { video: cameraClip({ fps: clipFps }), audio: speechWav().wav };
    browser = await launchBrowser(fakeMediaArgs(media));
    const run = await runCall(browser, server.url);
    console.info(JSON.stringify(report(run, clipFps, browser.version()), null, 2));
  } finally {
    await browser?.close();
    await server.dispose();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench:call failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
