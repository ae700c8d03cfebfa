/**
 * Draws the extension icons: assets/icon.svg (48 px and up) and assets/icon-small.svg (16, 32 px)
 * rendered by Chromium to public/icon/<size>.png, which WXT puts in the manifest.
 * Run after changing the drawings: `npx tsx scripts/gen-icons.ts` (needs /usr/bin/chromium).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../tests/helpers/fixtures';
import { CHROMIUM } from '../tests/helpers/browser';

const SIZES: [number, string][] = [
  [16, 'icon-small.svg'],
  [32, 'icon-small.svg'],
  [48, 'icon.svg'],
  [96, 'icon.svg'],
  [128, 'icon.svg'],
];

const out = path.join(ROOT, 'public/icon');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [size, file] of SIZES) {
  const svg = fs.readFileSync(path.join(ROOT, 'assets', file), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`);
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
