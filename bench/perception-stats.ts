/** Summaries for `bench:perception`: percentiles, and the renderer's memory and CPU from outside. */
import { readFileSync } from 'node:fs';
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

/**
 * Worker ms for a 2 s segment: a Theil-Sen line through (seconds, ms) when the segments vary by at
 * least a second (features grow with length, the model's cost does not; one slow segment must not
 * tilt the line, which least squares let it do), else the median scaled in proportion to length.
 */
export function estimateAt2s(segments: { seconds: number; total: number }[]) {
  if (!segments.length) return { ms: null, method: 'no segments' };
  const slopes: number[] = [];
  for (const [i, a] of segments.entries()) {
    for (const b of segments.slice(i + 1)) {
      if (Math.abs(b.seconds - a.seconds) > 0.05) {
        slopes.push((b.total - a.total) / (b.seconds - a.seconds));
      }
    }
  }
  const xs = segments.map((s) => s.seconds);
  if (segments.length >= 5 && Math.max(...xs) - Math.min(...xs) >= 1 && slopes.length) {
    const slope = percentile(slopes, 50)!;
    const intercept = percentile(
      segments.map((s) => s.total - slope * s.seconds),
      50,
    )!;
    const ms = intercept + slope * 2;
    if (ms > 0) return { ms: round(ms), method: 'Theil-Sen line of ms on segment seconds' };
  }
  const scaled = segments.map((s) => (s.total * 2) / s.seconds);
  return { ms: percentile(scaled, 50), method: 'median of ms × 2 s / segment seconds' };
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

/** Page renderer processes as Chromium lists them: pid, CPU seconds so far, PSS from /proc. */
export async function renderers(browser: Browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number; cpuTime: number }[];
    };
    return processInfo
      .filter((info) => info.type === 'renderer' && isPageRenderer(info.id))
      .map((info) => ({ pid: info.id, cpuSeconds: info.cpuTime, pssMb: pssMb(info.id) }));
  } finally {
    await cdp.detach();
  }
}
