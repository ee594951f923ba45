import browser from 'webextension-polyfill';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { listenForCommands } from './commands';
import { createDbGetter, type HumoDb } from './db';
import { createFirstPageCache, type FirstPageCache } from './first-page-cache';
import { createRouter } from './router';

/** Wires the background: the message router (sender check → payload validation → handler) and
 * the keyboard command. Registered synchronously so a message can wake a stopped worker.
 * Returns the worker's one database connection getter (the bench probe shares it: the ingest
 * row cache belongs to a connection) and the popup's cached first page. */
export function main(): { getDb(): Promise<HumoDb>; firstPage: FirstPageCache | undefined } {
  const getDb = createDbGetter();
  // storage.session: Chrome 102+, Firefox 115+; without it the popup simply asks every time.
  const session = browser.storage.session as typeof browser.storage.session | undefined;
  const firstPage = session ? createFirstPageCache(getDb, session) : undefined;
  const router = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    getDb,
    // Export files carry settings and author lists too; import writes them back.
    extras: {
      read: async () => {
        const { alwaysMute, neverMute, ...settings } = await loadSettings();
        return { settings, lists: { alwaysMute, neverMute } };
      },
      // saveSettings repairs field by field, so hostile imported values cannot get through.
      write: async ({ settings, lists }) => {
        const asObject = (v: unknown): object => (v && typeof v === 'object' ? v : {});
        await saveSettings({ ...asObject(settings), ...asObject(lists) });
      },
    },
    firstPage,
    onStorageError: () => void browser.action.setBadgeText({ text: '!' }).catch(() => {}),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => router.handle(message, sender));
  listenForCommands();
  return { getDb, firstPage };
}
