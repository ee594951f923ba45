import type Browser from 'webextension-polyfill';

/** The extension API for pages and content scripts, without webextension-polyfill. Outside the
 * background we only call what Chrome's MV3 `chrome.*` and Firefox's `browser.*` both answer
 * with promises (runtime.sendMessage, storage, i18n, openOptionsPage), so the polyfill's 10 KB and
 * its Proxy around every call would only rename the namespace, on every popup open and feed page.
 * The background keeps the polyfill: it returns promises from runtime.onMessage listeners, which
 * Chrome 120 does not understand. Same test as the polyfill: a page element with id="browser"
 * shows up as `window.browser`, so require a real runtime. */
const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as typeof Browser;

export default api;
