import type { Platform } from '../core/types';

/** Pure formatting helpers shared by the popup and the options page (no browser API here, so
 * they are unit-testable in Node). `locale` is the UI language, e.g. "en" or "es". */

/** One formatter per kind and locale: building one costs far more than using it, and the popup
 * formats a few numbers per row and a date per chart bar. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, make: () => T): T {
  const key = `${kind}:${locale}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function percent(fraction: number, locale = 'en'): string {
  const value = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return formatter('percent', locale, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(value);
}

export function count(n: number, locale = 'en'): string {
  return formatter('count', locale, () => new Intl.NumberFormat(locale)).format(Number.isFinite(n) ? n : 0);
}

/** Share of promo among seen, 0 when nothing was seen. */
export function share(promo: number, seen: number): number {
  return seen > 0 ? Math.min(1, Math.max(0, promo / seen)) : 0;
}

/** "2024-03-07" → "Mar 7" / "7 mar" in the UI language. Parsed as a local date. */
export function dayLabel(day: string, locale = 'en'): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return formatter('day', locale, () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' })).format(new Date(y, m - 1, d));
}

/** Local calendar date as YYYY-MM-DD. */
const pad = (n: number): string => String(n).padStart(2, '0');

export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };

export function platformName(platform: Platform | 'all', allLabel: string): string {
  return platform === 'all' ? allLabel : PLATFORM_NAMES[platform];
}

/** X handles are shown with their "@"; other sites' ids as they are. */
export function handleOf(platform: Platform | 'all', authorId: string): string {
  if (platform === 'x' && !authorId.startsWith('@')) return `@${authorId}`;
  return authorId;
}

/** Splits an author key "platform:authorId" (the settings lists' format). */
export function parseAuthorKey(key: string): { platform: Platform | null; authorId: string } {
  const i = key.indexOf(':');
  const head = i > 0 ? key.slice(0, i) : '';
  if (head === 'x' || head === 'facebook' || head === 'linkedin') return { platform: head, authorId: key.slice(i + 1) };
  return { platform: null, authorId: key };
}
