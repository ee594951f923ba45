import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { DEMO_SITES, type DemoSite } from './sites';

const DEMO_DIR = resolve(import.meta.dirname);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Every request a test or the demo made, split by whether a demo route answered it. */
export interface RequestLog {
  served: string[];
  blocked: string[];
}

function siteFor(url: URL): DemoSite | undefined {
  return DEMO_SITES.find((site) => site.origin === url.origin && site.owns(url));
}

function fileFor(url: URL, site: DemoSite): string | null {
  const prefix = `/__demo/`;
  if (url.pathname.startsWith(prefix)) {
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    if (rel.startsWith('..')) return null;
    return join(DEMO_DIR, rel);
  }
  return join(DEMO_DIR, site.variant, 'index.html');
}

/** What a demo route answers, independent of the browser driver (Playwright here, Puppeteer for
 * Firefox in test/e2e/firefox-browser.ts): let non-web URLs through, serve a demo file, or block. */
export type DemoAnswer =
  | { kind: 'pass' }
  | { kind: 'blocked' }
  | { kind: 'served'; status: number; headers: Record<string, string>; body: Buffer | string };

export function demoAnswer(href: string, isPage: boolean): DemoAnswer {
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'pass' };
  if (url.pathname === '/favicon.ico' && DEMO_SITES.some((s) => s.origin === url.origin)) {
    return { kind: 'served', status: 204, headers: {}, body: '' };
  }
  const isAsset = url.pathname.startsWith('/__demo/');
  const site = isAsset ? DEMO_SITES.find((s) => s.origin === url.origin) : siteFor(url);
  const file = site && (isAsset || isPage) ? fileFor(url, site) : null;
  if (!site || !file || !existsSync(file)) return { kind: 'blocked' };
  return {
    kind: 'served',
    status: 200,
    headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' },
    body: readFileSync(file),
  };
}

async function answer(route: Route, log: RequestLog): Promise<void> {
  const request = route.request();
  const isPage = request.isNavigationRequest() || request.resourceType() === 'document';
  const result = demoAnswer(request.url(), isPage);
  if (result.kind === 'pass') return route.continue();
  if (result.kind === 'blocked') {
    log.blocked.push(request.url());
    await route.abort('blockedbyclient');
    return;
  }
  log.served.push(request.url());
  await route.fulfill({ status: result.status, headers: result.headers, body: result.body });
}

/** Serves the demo feeds at the real sites' URLs and refuses every other request, counting
 * both: the extension must make no request of its own, and the demo pages none outside. */
export async function routeDemoSites(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { served: [], blocked: [] };
  await context.route('**/*', (route) => answer(route, log));
  return log;
}
