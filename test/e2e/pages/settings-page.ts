import type { Page } from 'playwright-core';
import type { HumoBrowser } from '../../../demo/launch';
import type { Settings } from '../../../src/shared/settings';

/** Reads and writes settings from an extension page, through the same storage.sync the popup
 * and options use (content scripts follow via storage.onChanged). */
export class SettingsAccess {
  private constructor(readonly page: Page) {}

  static async open(humo: HumoBrowser): Promise<SettingsAccess> {
    // A page of ours with no UI of its own, so nothing else writes settings meanwhile.
    return new SettingsAccess(await humo.openExtensionPage('icons/humo-16.png'));
  }

  async read(): Promise<Settings> {
    return this.page.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings ?? {});
  }

  async patch(patch: Partial<Settings>): Promise<void> {
    await this.page.evaluate(async (p) => {
      const chrome = (globalThis as any).chrome;
      const current = (await chrome.storage.sync.get('settings')).settings ?? {};
      await chrome.storage.sync.set({ settings: { ...current, ...p } });
    }, patch);
  }
}
