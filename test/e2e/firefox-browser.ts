/** Firefox ESR with the Firefox build loaded as a temporary add-on, driven over WebDriver BiDi
 * (built into Firefox; puppeteer-core speaks it and downloads nothing). The demo feeds are
 * served at their real URLs by the same rules as the Chromium harness (demo/serve.ts). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { demoAnswer, type RequestLog } from '../../demo/serve';
import { GECKO_ID, OUT_DIR } from '../../build/manifest';

export const FIREFOX_PATH = process.env.HUMO_FIREFOX ?? '/usr/bin/firefox-esr';

/** Firefox gives each install a random moz-extension:// host; this pref pins ours so the test can
 * open the extension's own pages. */
const EXTENSION_UUID = '3c0f7e1a-6b8e-4d2c-9a51-0d4e8b7f2a10';

export interface FirefoxHumo {
  browser: Browser;
  requests: RequestLog;
  /** A tab whose requests go through the demo routes. */
  newPage(): Promise<Page>;
  /** One of our own pages (popup, options) in a new tab, once its document is ready. */
  openExtensionPage(path: string): Promise<Page>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

const extensionUrl = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path}`;

export async function launchFirefoxHumo(distDir = resolve(OUT_DIR.firefox)): Promise<FirefoxHumo> {
  if (!existsSync(join(distDir, 'manifest.json'))) throw new Error(`No Firefox build in ${distDir}: run "npm run build:firefox" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'humo-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: profile,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it; the test reads
    // what the event page stored from our popup page, as the Chromium tests do.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  const requests: RequestLog = { served: [], blocked: [] };
  try {
    await browser.installExtension(distDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    requests,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // Puppeteer's BiDi requests know navigation but not resource types.
        const answer = demoAnswer(request.url(), request.isNavigationRequest());
        if (answer.kind === 'pass') return void request.continue();
        if (answer.kind === 'blocked') {
          requests.blocked.push(request.url());
          return void request.abort('blockedbyclient');
        }
        requests.served.push(request.url());
        void request.respond({ status: answer.status, headers: answer.headers, body: answer.body });
      });
      return page;
    },
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      // The tab moves into the extension process and BiDi never reports that navigation's load,
      // so goto() would time out although the page is there: start it and poll the document.
      page.goto(url, { timeout: 0 }).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
        if (state === `${url} complete`) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state || 'nothing'})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
