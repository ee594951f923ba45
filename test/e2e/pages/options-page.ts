import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { HumoBrowser } from '../../../demo/launch';
import type { Platform } from '../../../src/core/types';
import type { Settings } from '../../../src/shared/settings';

const PLATFORMS: Platform[] = ['x', 'facebook', 'linkedin'];
const NAMES = ['Ana', 'Luis', 'Marta', 'John', 'Priya', 'Chen', 'Sofía', 'Diego', 'Emma', 'Olu', 'Kai', 'Lucía'];
const SURNAMES = ['García', 'Smith', 'Patel', 'López', 'Nguyen', 'Müller', 'Okafor', 'Rossi', 'Kim', 'Fernández'];

const pad = (n: number): string => String(n).padStart(2, '0');
const dayKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A valid Humo export file (format "humo-export", version 1) with `authors` generated authors
 * spread over the three platforms and 30 days of daily totals. Deterministic for a given size. */
export function buildExportFile(authors: number, now = Date.now()): string {
  let seed = 7;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const list = Array.from({ length: authors }, (_, i) => {
    const platform = PLATFORMS[i % 3]!;
    const name = `${NAMES[i % NAMES.length]} ${SURNAMES[Math.floor(i / NAMES.length) % SURNAMES.length]}`;
    const authorId = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}${i}`;
    const postsSeen = 1 + Math.floor(rnd() * 40);
    const promoPosts = Math.floor(postsSeen * rnd() * rnd() * 1.3) % (postsSeen + 1);
    return { id: `${platform}:${authorId}`, platform, authorId, displayNames: [name], postsSeen, promoPosts, lastSeen: now - i * 1000 };
  });
  const days = [];
  for (let back = 29; back >= 0; back--) {
    const d = new Date(now);
    d.setDate(d.getDate() - back);
    for (const platform of PLATFORMS) {
      const seen = back % 7 === 3 && platform === 'facebook' ? 0 : 20 + Math.floor(rnd() * 60);
      days.push({ id: `${dayKey(d)}:${platform}`, day: dayKey(d), platform, seen, promo: Math.floor(seen * (0.1 + rnd() * 0.4)) });
    }
  }
  return JSON.stringify({ format: 'humo-export', version: 1, exportedAt: now, authors: list, posts: [], days });
}

/** Sends one `ui:` message from an extension page, as the popup and options page do. */
export async function sendUi<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ({ type: t, payload: p }) => {
      const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: t, payload: p });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
      return reply.data;
    },
    { type, payload },
  ) as Promise<T>;
}

/** Page object for the options page. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(humo: HumoBrowser, colorScheme: 'light' | 'dark' = 'light'): Promise<OptionsPage> {
    const page = await humo.openExtensionPage('src/options/index.html');
    await page.emulateMedia({ colorScheme });
    await page.waitForSelector('[data-testid="preview"]');
    return new OptionsPage(page);
  }

  settings(): Promise<Settings> {
    return this.page.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings);
  }

  async setSettings(patch: Partial<Settings>): Promise<void> {
    await this.page.evaluate(async (p) => {
      const sync = (globalThis as any).chrome.storage.sync;
      const current = (await sync.get('settings')).settings ?? {};
      await sync.set({ settings: { ...current, ...p } });
    }, patch);
  }

  previewSummary(): Promise<string> {
    return this.page.locator('[data-testid="preview-summary"]').innerText();
  }

  flaggedSamples(): Promise<string[]> {
    return this.page.$$eval('[data-sample][data-flagged="true"]', (els) => els.map((e) => e.getAttribute('data-sample') ?? ''));
  }

  async addPhrase(list: 'promo' | 'value', phrase: string): Promise<void> {
    await this.page.fill(`#${list}-input`, phrase);
    await this.page.press(`#${list}-input`, 'Enter');
  }

  phrases(list: 'promo' | 'value'): Promise<string[]> {
    return this.page.$$eval(`[data-testid="phrases-${list}"] .chip > span`, (els) => els.map((e) => e.textContent ?? ''));
  }

  /** Picks a file for import (text content) with the given mode; resolves with the note shown. */
  async importText(json: string, mode: 'merge' | 'replace' = 'merge'): Promise<{ kind: string; text: string; seq: number }> {
    await this.page.check(`input[name="import-mode"][value="${mode}"]`);
    const before = await this.note();
    await this.page.setInputFiles('[data-testid="import-file"]', { name: 'humo.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    return this.nextNote(before?.seq ?? 0);
  }

  /** Waits for a status note newer than `afterSeq` (each export/import/clear shows one). */
  async nextNote(afterSeq: number): Promise<{ kind: string; text: string; seq: number }> {
    await this.page.waitForFunction((after) => Number(document.querySelector('[data-testid="data-note"]')?.getAttribute('data-seq') ?? 0) > after, afterSeq);
    return (await this.note())!;
  }

  async note(): Promise<{ kind: string; text: string; seq: number } | null> {
    const el = await this.page.$('[data-testid="data-note"]');
    if (!el) return null;
    return {
      kind: ((await el.getAttribute('class')) ?? '').includes('error') ? 'error' : 'ok',
      text: (await el.textContent()) ?? '',
      seq: Number(await el.getAttribute('data-seq')),
    };
  }
}

/** Runs axe-core in the page; returns the serious and critical violations (id: targets). */
export async function axeSerious(page: Page): Promise<string[]> {
  // Extension pages' CSP (script-src 'self') refuses addScriptTag's inline script; evaluating the
  // source through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n: any) => String(n.target)) }));
  });
  return violations
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.join(' | ')}`);
}
