import type { Platform, Sensitivity } from '../core/types';

/** User settings. Synced across the user's browsers with storage.sync (small: well inside its
 * 8 KB-per-item quota with the bounds below); stats never leave storage.local / IndexedDB. */
export interface Settings {
  sensitivity: Sensitivity;
  /** Collapse posts judged promo (and always-muted authors) to one thin line. */
  muteSellers: boolean;
  customPromo: string[];
  customValue: string[];
  /** Author keys `platform:authorId`. */
  alwaysMute: string[];
  neverMute: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  sensitivity: 'balanced',
  muteSellers: false,
  customPromo: [],
  customValue: [],
  alwaysMute: [],
  neverMute: [],
};

const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];
export const MAX_PHRASES = 100;
export const MAX_PHRASE_LENGTH = 80;
export const MAX_LISTED_AUTHORS = 200;
const MAX_AUTHOR_KEY_LENGTH = 220;

export function authorKey(platform: Platform, authorId: string): string {
  return `${platform}:${authorId}`;
}

function cleanStrings(value: unknown, maxItems: number, maxLength: number): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const trimmed = item.trim();
    if (trimmed && trimmed.length <= maxLength) out.add(trimmed);
    if (out.size >= maxItems) break;
  }
  return [...out];
}

/** Repairs stored settings field by field (Dark Reader's validator idea): a bad field falls back
 * to its default, the good fields survive. Never throws. */
export function repairSettings(raw: unknown): Settings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sensitivity = SENSITIVITIES.includes(input.sensitivity as Sensitivity)
    ? (input.sensitivity as Sensitivity)
    : DEFAULT_SETTINGS.sensitivity;
  return {
    sensitivity,
    muteSellers: typeof input.muteSellers === 'boolean' ? input.muteSellers : DEFAULT_SETTINGS.muteSellers,
    customPromo: cleanStrings(input.customPromo, MAX_PHRASES, MAX_PHRASE_LENGTH),
    customValue: cleanStrings(input.customValue, MAX_PHRASES, MAX_PHRASE_LENGTH),
    alwaysMute: cleanStrings(input.alwaysMute, MAX_LISTED_AUTHORS, MAX_AUTHOR_KEY_LENGTH),
    neverMute: cleanStrings(input.neverMute, MAX_LISTED_AUTHORS, MAX_AUTHOR_KEY_LENGTH),
  };
}
