import browser from '../shared/browser';
import { t } from '../shared/i18n';

/** The UI language chrome.i18n chose ("en" or "es"); our strings exist in those two. */
export function uiLocale(): 'en' | 'es' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
  } catch {
    return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
  }
}

/** `<html lang>` follows the language the strings are shown in. */
export function applyDocumentLocale(titleKey: string, titleFallback: string): void {
  const lang = t('uiLang', undefined, '') || uiLocale();
  document.documentElement.lang = lang;
  document.title = t(titleKey, undefined, titleFallback);
}

/** Turns a storage / background failure into words for the user. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/quota|QUOTA_BYTES|MAX_WRITE_OPERATIONS/i.test(message)) {
    return t('errorQuota', undefined, 'Your browser’s sync storage is full. Remove a few phrases or listed authors and try again.');
  }
  if (/no reply|Receiving end does not exist|Could not establish connection/i.test(message)) {
    return t('errorNoBackground', undefined, 'Humo’s background is not answering. Close this and try again in a moment.');
  }
  return t('errorGeneric', message, `Something went wrong: ${message}`);
}
