/** Stands in for webextension-polyfill inside the content script bundle only (see
 * content-script.ts). Chrome's MV3 `chrome.*` and Firefox's `browser.*` already return promises
 * for everything the content script calls (runtime.sendMessage, storage, i18n), so the polyfill's
 * 10 KB would only rename the namespace on every page we run on. Same test as the polyfill: a page
 * element with id="browser" shows up as `window.browser`, so require a real runtime. */
import type Browser from 'webextension-polyfill';

const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as typeof Browser;

export default api;
