import browser from './browser';

/** A UI string from _locales in the browser's language; `fallback` when the key is missing
 * (e.g. a signal added to the classifier before its translation). */
export function t(key: string, substitutions?: string | string[], fallback = key): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || fallback;
  } catch {
    return fallback;
  }
}

/** Plain words for a classifier signal id, e.g. 'cta-dm' → "asks you to DM". */
export function signalLabel(signal: string): string {
  return t(`signal_${signal.replace(/[^a-z0-9]/gi, '_')}`, undefined, signal.replace(/-/g, ' '));
}
