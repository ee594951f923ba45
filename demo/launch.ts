import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, extensionArgs } from './browser';
import { routeDemoSites, type RequestLog } from './serve';

export interface HumoBrowser {
  context: BrowserContext;
  extensionId: string;
  requests: RequestLog;
  serviceWorker(): Promise<Worker>;
  /** Opens one of our own extension pages (popup, options). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Default: $HUMO_DIST, else dist/ (HUMO_DIST lets a run test a build kept elsewhere). */
  distDir?: string;
  locale?: string;
  /** Load no extension (benchmarks' "off" runs). */
  withoutExtension?: boolean;
}

/** Chromium with the built extension loaded and the demo feeds routed at their real URLs. */
export async function launchHumo(options: LaunchOptions = {}): Promise<HumoBrowser> {
  const distDir = resolve(options.distDir ?? process.env.HUMO_DIST ?? 'dist');
  if (!options.withoutExtension && !existsSync(join(distDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${distDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'humo-profile-'));
  const args = options.withoutExtension ? extensionArgs(distDir).slice(0, -2) : extensionArgs(distDir);
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1100, height: 900 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const requests = await routeDemoSites(context);
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = options.withoutExtension ? '' : new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    requests,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
