import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { axeSerious, buildExportFile, OptionsPage, sendUi } from './pages/options-page';

/** A 79-character phrase: 100 of them overflow storage.sync's 8 KB per item. */
const long = (i: number): string => `${String(i).padStart(3, '0')} ${'x'.repeat(75)}`;
const flaggedNumber = (summary: string): number => Number(/(\d+)/.exec(summary)?.[1]);

describe('options page in real Chromium', () => {
  let humo: HumoBrowser;
  let options: OptionsPage;

  beforeAll(async () => {
    humo = await launchHumo({ distDir: process.env.HUMO_DIST });
    options = await OptionsPage.open(humo);
  });
  afterAll(async () => humo?.close());

  it('has no serious accessibility violations, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await options.page.emulateMedia({ colorScheme: scheme });
      expect(await axeSerious(options.page), scheme).toEqual([]);
    }
    await options.page.emulateMedia({ colorScheme: 'light' });
    expect(await options.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('changes sensitivity with the arrow keys, saves it, and the preview follows live', async () => {
    const page = options.page;
    expect(await page.isChecked('input[name="sensitivity"][value="balanced"]')).toBe(true);
    const balanced = flaggedNumber(await options.previewSummary());
    await page.focus('input[name="sensitivity"][value="balanced"]');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => (document.querySelector('input[name="sensitivity"][value="strict"]') as HTMLInputElement).checked);
    await page.waitForFunction(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings?.sensitivity === 'strict');
    const strict = flaggedNumber(await options.previewSummary());
    await page.check('input[name="sensitivity"][value="relaxed"]');
    await page.waitForFunction(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings?.sensitivity === 'relaxed');
    const relaxed = flaggedNumber(await options.previewSummary());
    expect(relaxed).toBeLessThanOrEqual(balanced);
    expect(balanced).toBeLessThanOrEqual(strict);
    expect(strict).toBeGreaterThan(relaxed);
    await page.check('input[name="sensitivity"][value="balanced"]');
    // Every flagged sample says why.
    const reasons = await page.$$eval('[data-flagged="true"]', (els) => els.map((e) => e.querySelectorAll('.reasons li').length));
    expect(reasons.every((n) => n > 0)).toBe(true);
  });

  it('adds and removes custom phrases, and the preview uses them', async () => {
    const page = options.page;
    const sample = page.locator('[data-sample="es-value-receta"]');
    expect(await sample.innerText()).not.toMatch(/matches one of your selling phrases/);
    await options.addPhrase('promo', 'pizca de sal');
    await page.waitForFunction(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings?.customPromo?.includes('pizca de sal'));
    await expect.poll(() => options.phrases('promo')).toEqual(['pizca de sal']);
    await page.waitForFunction(() => /matches one of your selling phrases/.test(document.querySelector('[data-sample="es-value-receta"]')?.textContent ?? ''));
    // A duplicate is refused with a message, nothing saved twice.
    await options.addPhrase('promo', 'Pizca de sal');
    expect(await page.locator('#promo-problem').innerText()).toMatch(/already on the list/);
    await options.addPhrase('value', 'lo que aprendí');
    await expect.poll(() => options.phrases('value')).toEqual(['lo que aprendí']);
    await page.getByRole('button', { name: 'Remove “pizca de sal”' }).click();
    await page.waitForFunction(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings?.customPromo?.length === 0);
    await expect.poll(() => options.phrases('promo')).toEqual([]);
  });

  it('shows the author lists and removes from them', async () => {
    await options.setSettings({ alwaysMute: ['x:ana', 'linkedin:bob-li'], neverMute: ['facebook:carla.f'] });
    const page = options.page;
    await page.waitForSelector('[data-testid="list-always"] li[data-key="x:ana"]');
    expect(await page.locator('[data-testid="list-always"] li').count()).toBe(2);
    expect(await page.locator('[data-testid="list-never"] li').innerText()).toMatch(/carla\.f/);
    await page.getByRole('button', { name: 'Remove “@ana (X)”' }).click();
    await page.waitForFunction(async () => {
      const s = (await (globalThis as any).chrome.storage.sync.get('settings')).settings;
      return s.alwaysMute.length === 1 && s.alwaysMute[0] === 'linkedin:bob-li';
    });
    expect(await page.locator('[data-testid="list-always"] li').count()).toBe(1);
  });

  it('shows a visible message when sync storage is over its quota', async () => {
    const page = options.page;
    // Fill the list up to the quota through the page's own storage, then add one more by hand.
    await options.setSettings({ customPromo: Array.from({ length: 95 }, (_, i) => long(i)) });
    for (let i = 95; i < 100; i++) {
      await options.addPhrase('promo', long(i));
      if (await page.locator('[data-testid="settings-error"]').count()) break;
    }
    const banner = page.locator('[data-testid="settings-error"]');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/sync storage is full/);
    await options.setSettings({ customPromo: [] });
  });

  it('imports a good file, refuses a bad one with the background’s reason, and changes nothing', async () => {
    const page = options.page;
    const good = await options.importText(buildExportFile(30), 'replace');
    expect(good.kind).toBe('ok');
    expect(good.text).toMatch(/30 authors/);
    const status = () => sendUi<{ counts: { authors: number } | null }>(page, 'ui:status', {});
    expect((await status()).counts?.authors).toBe(30);

    const bad = await options.importText('{"format":"something-else"}', 'replace');
    expect(bad.kind).toBe('error');
    expect(bad.text).toMatch(/^Nothing was imported: .*not a Humo export/);
    const broken = await options.importText('{"format":"humo-export", truncated', 'replace');
    expect(broken.text).toMatch(/not valid JSON/);
    expect((await status()).counts?.authors).toBe(30);
  });

  it('exports a JSON file through a download', async () => {
    const page = options.page;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export"]')]);
    expect(download.suggestedFilename()).toMatch(/^humo-export-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.format).toBe('humo-export');
    expect(file.authors).toHaveLength(30);
    expect((await options.note())?.text).toMatch(/Exported 30 authors/);
  });

  it('deletes everything only after a confirmation step', async () => {
    const page = options.page;
    await page.click('[data-testid="clear"]');
    expect(await page.locator('[data-testid="clear-confirm"]').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await sendUi<{ counts: { authors: number } }>(page, 'ui:status', {})).counts.authors).toBe(30);
    await page.click('[data-testid="clear"]');
    const before = (await options.note())?.seq ?? 0;
    await page.click('[data-testid="clear-confirm"]');
    const note = await options.nextNote(before);
    expect(note.text).toMatch(/deleted/);
    expect((await sendUi<{ counts: { authors: number } }>(page, 'ui:status', {})).counts.authors).toBe(0);
  });

  it('explains what Humo stores', async () => {
    const text = await options.page.locator('#privacy').innerText();
    expect(text).toMatch(/What Humo stores/);
    expect(text).toMatch(/Nothing leaves your device/);
    expect(text).toMatch(/IndexedDB/);
  });

  it('makes no network request', () => {
    expect(humo.requests.blocked).toEqual([]);
  });
});

describe('options page in Spanish', () => {
  let humo: HumoBrowser;
  afterAll(async () => humo?.close());

  it('renders in Spanish', async () => {
    humo = await launchHumo({ locale: 'es', distDir: process.env.HUMO_DIST });
    const options = await OptionsPage.open(humo, 'dark');
    const page = options.page;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('h1').innerText()).toBe('Opciones de Humo');
    expect(await page.locator('#privacy-h').innerText()).toBe('Qué guarda Humo');
    expect(await options.previewSummary()).toMatch(/^Humo marcaría \d+ de estas 12 publicaciones como venta\.$/);
    expect(await axeSerious(page)).toEqual([]);
  });
});
