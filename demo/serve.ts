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

async function answer(route: Route, log: RequestLog): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
  if (url.pathname === '/favicon.ico' && DEMO_SITES.some((s) => s.origin === url.origin)) {
    log.served.push(url.href);
    return route.fulfill({ status: 204, body: '' });
  }
  const isAsset = url.pathname.startsWith('/__demo/');
  const site = isAsset ? DEMO_SITES.find((s) => s.origin === url.origin) : siteFor(url);
  const isPage = request.isNavigationRequest() || request.resourceType() === 'document';
  const file = site && (isAsset || isPage) ? fileFor(url, site) : null;
  if (!site || !file || !existsSync(file)) {
    log.blocked.push(url.href);
    await route.abort('blockedbyclient');
    return;
  }
  log.served.push(url.href);
  await route.fulfill({
    status: 200,
    headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' },
    body: readFileSync(file),
  });
}

/** Serves the demo feeds at the real sites' URLs and refuses every other request, counting
 * both: the extension must make no request of its own, and the demo pages none outside. */
export async function routeDemoSites(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { served: [], blocked: [] };
  await context.route('**/*', (route) => answer(route, log));
  return log;
}
