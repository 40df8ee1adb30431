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
