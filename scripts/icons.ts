/** Renders icons/humo.svg to the PNG sizes the manifest lists, with Debian's Chromium.
 * Run by hand after editing the SVG (`node --import tsx scripts/icons.ts`); the PNGs are committed. */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../demo/browser';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync('icons/humo.svg', 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `icons/humo-${size}.png`, omitBackground: true });
  console.log(`icons/humo-${size}.png`);
}
await browser.close();
