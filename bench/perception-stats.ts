/** Summaries for `bench:perception`: percentiles, and the renderer's memory and CPU from outside. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Nearest-rank percentile; null for no samples, so an empty modality cannot pass for fast. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return round(sorted[rank - 1]!);
}

export function spread(values: number[]) {
  return { median: percentile(values, 50), p95: percentile(values, 95) };
}

/** Least-squares slope of y on x; null with fewer than two distinct x. */
export function leastSquaresSlope(points: [x: number, y: number][]): number | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  return sxx ? sxy / sxx : null;
}

function pssMb(pid: number): number | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
    return kb ? round(Number(kb) / 1024, 1) : null;
  } catch {
    return null;
  }
}

/** Chromium's own WebUI and extension renderers are not the page's; leave them out. */
function isPageRenderer(pid: number): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return !/--top-chrome-webui|--extension-process/.test(args);
  } catch {
    return true;
  }
}

/**
 * Chromium's processes of the given types (lower case: 'renderer', 'gpu', 'utility'...) as it
 * lists them: pid, CPU seconds so far, PSS from /proc. Renderers are the pages' only.
 */
export async function chromiumProcesses(browser: Browser, types: string[]) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number; cpuTime: number }[];
    };
    return processInfo
      .map((info) => ({ ...info, type: info.type.toLowerCase() }))
      .filter((info) => types.includes(info.type))
      .filter((info) => info.type !== 'renderer' || isPageRenderer(info.id))
      .map((info) => ({
        type: info.type,
        pid: info.id,
        cpuSeconds: info.cpuTime,
        pssMb: pssMb(info.id),
      }));
  } finally {
    await cdp.detach();
  }
}

/** Page renderer processes: pid, CPU seconds so far, PSS. */
export function renderers(browser: Browser) {
  return chromiumProcesses(browser, ['renderer']);
}

/** The machine a bench ran on, and how busy it was: other work slows every number. */
export function machineInfo(chromium: string, loadBefore: number) {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    chromium,
    node: process.version,
    load_average_1m: { before: loadBefore, after: round(loadavg()[0]!) },
  };
}
