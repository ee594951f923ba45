import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { HumoBrowser } from '../demo/launch';

export interface UiScreenshotOptions {
  /** Emulated colour scheme; 'dark' adds "-dark" to the file names. Default 'light'. */
  colorScheme?: 'light' | 'dark';
}

const POPUP_WIDTH = 380;

async function settle(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 15_000 });
  // Let the chart's and the list's requests land and fonts settle.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
}

/** Saves the popup (both leaderboard tabs) and the options page in the browser's current locale
 * to `outDir` as popup-value.<lang>.png (the popup at its real 380×600 size), popup-sells.<lang>.png and options.<lang>.png
 * (plus "-dark" before the extension for the dark scheme). Returns the written paths. */
export async function captureUiScreenshots(humo: HumoBrowser, outDir: string, options: UiScreenshotOptions = {}): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const scheme = options.colorScheme ?? 'light';
  const suffix = scheme === 'dark' ? '-dark' : '';
  const written: string[] = [];

  const popup = await humo.openExtensionPage('src/popup/index.html');
  try {
    await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await settle(popup, '[data-testid="author-list"], .empty, [data-testid="board-error"]');
    const lang = (await popup.evaluate(() => document.documentElement.lang)) || 'en';
    const shoot = async (name: string): Promise<void> => {
      const path = join(outDir, `${name}.${lang}${suffix}.png`);
      await popup.screenshot({ path });
      written.push(path);
    };
    await shoot('popup-value');
    await popup.click('#tab-sells');
    await settle(popup, '#panel-sells');
    await shoot('popup-sells');

    const page = await humo.openExtensionPage('src/options/index.html');
    try {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 1100, height: 900 });
      await settle(page, '[data-testid="preview"]');
      const path = join(outDir, `options.${lang}${suffix}.png`);
      await page.screenshot({ path, fullPage: true });
      written.push(path);
    } finally {
      await page.close();
    }
  } finally {
    await popup.close();
  }
  return written;
}
