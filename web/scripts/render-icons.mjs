/**
 * Renders public/icon.svg into the PNG icons the web manifest and iOS need, with the Chromium
 * that the browser tests use (no image library required). Run after changing the SVG:
 *   node web/scripts/render-icons.mjs
 * The maskable icon is full-bleed with the mark shrunk into the central safe zone (80 %), so
 * launchers may crop it to any shape without cutting the sun or the waves.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const publicDir = new URL('../../public/', import.meta.url);
const svg = await readFile(new URL('icon.svg', publicDir), 'utf8');
const maskable = svg
  .replace('rx="112"', '')
  .replace('<g id="mark">', '<g id="mark" transform="translate(51.2 51.2) scale(.8)">');

const targets = [
  { file: 'icons/icon-192.png', size: 192, source: svg },
  { file: 'icons/icon-512.png', size: 512, source: svg },
  { file: 'icons/maskable-512.png', size: 512, source: maskable },
  { file: 'icons/apple-touch-icon.png', size: 180, source: maskable },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, source } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0"><img src="${dataUrl}" width="${size}" height="${size}"></body>`,
    );
    await page.screenshot({ path: new URL(file, publicDir).pathname, omitBackground: true });
    await page.close();
    console.info(`wrote public/${file}`);
  }
} finally {
  await browser.close();
}
