import type Browser from 'webextension-polyfill';
import browser from './browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, repairSettings, type Settings } from './settings';

/** Settings live in storage.sync so they follow the user across browsers. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return repairSettings(stored[SETTINGS_KEY]);
  } catch (error) {
    console.warn('[Humo] could not read settings, using defaults', error);
    return { ...DEFAULT_SETTINGS };
  }
}

/** Writes a partial update. Rejects (for the UI to show) when sync storage refuses, e.g. quota. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, Browser.Storage.StorageChange>, area: string): void => {
    if (area === 'sync' && changes[SETTINGS_KEY]) listener(repairSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
