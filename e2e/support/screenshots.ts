/**
 * Pictures of a page as a person sees it on a phone and on a laptop, in light and dark: one page,
 * resized and re-themed in place (`prefers-color-scheme` emulation), so a signed-in page with its
 * data, or a call in progress, is shot as it is without signing in four times.
 */
import { execFileSync } from 'node:child_process';
import { renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const VIEWPORTS = {
  phone: { width: 360, height: 780 },
  laptop: { width: 1366, height: 850 },
} as const;
export type Viewport = keyof typeof VIEWPORTS;
export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** Lets layout, fonts and transitions settle after a resize or theme change. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForTimeout(300);
}

/** Shoots `page` as `<name>-<viewport>-<scheme>.png` in `dir`; returns the files written. */
export async function shootEveryWay(
  page: Page,
  dir: string,
  name: string,
  ways: { viewports?: readonly Viewport[]; schemes?: readonly Scheme[] } = {},
): Promise<string[]> {
  const files: string[] = [];
  for (const viewport of ways.viewports ?? (Object.keys(VIEWPORTS) as Viewport[])) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    for (const scheme of ways.schemes ?? SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await settle(page);
      const path = join(dir, `${name}-${viewport}-${scheme}.png`);
      await page.screenshot({ path });
      files.push(path);
    }
  }
  return files;
}

/**
 * Keeps a committed PNG under `maxBytes` by reducing it to a 256-colour palette (ffmpeg), which
 * a flat UI survives unchanged to the eye. Returns the final size in bytes.
 */
export function shrinkPng(path: string, maxBytes = 200_000): number {
  if (statSync(path).size <= maxBytes) return statSync(path).size;
  const smaller = `${path}.palette.png`;
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-y',
    '-i',
    path,
    '-vf',
    'split[a][b];[a]palettegen=max_colors=256:stats_mode=full[p];[b][p]paletteuse=dither=none',
    smaller,
  ]);
  renameSync(smaller, path);
  return statSync(path).size;
}
