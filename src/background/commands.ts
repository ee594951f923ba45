import browser from 'webextension-polyfill';
import { loadSettings, saveSettings } from '../shared/settings-store';

export const TOGGLE_MUTE_COMMAND = 'toggle-mute-sellers';

/** The keyboard shortcut flips "mute the sellers"; every open feed tab follows through
 * storage.onChanged, live, without reloading. */
export function listenForCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_MUTE_COMMAND) return;
    const settings = await loadSettings();
    await saveSettings({ muteSellers: !settings.muteSellers });
  });
}
