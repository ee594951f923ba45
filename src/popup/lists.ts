import type { Settings } from '../shared/settings';
import type { ListState } from './AuthorRow';

/** Which author list (always mute / never mute) a key is on. */
export function listedState(settings: Pick<Settings, 'alwaysMute' | 'neverMute'> | null, key: string): ListState {
  if (!settings) return null;
  if (settings.alwaysMute.includes(key)) return 'always';
  if (settings.neverMute.includes(key)) return 'never';
  return null;
}

/** Settings patch for pressing "always mute" / "never mute": toggles that list and takes the
 * author off the other one (an author is on at most one list). */
export function toggleListed(
  settings: Pick<Settings, 'alwaysMute' | 'neverMute'>,
  key: string,
  which: 'always' | 'never',
): Pick<Settings, 'alwaysMute' | 'neverMute'> {
  const without = (list: string[]): string[] => list.filter((k) => k !== key);
  const on = listedState(settings, key) === which;
  const always = without(settings.alwaysMute);
  const never = without(settings.neverMute);
  if (!on) (which === 'always' ? always : never).push(key);
  return { alwaysMute: always, neverMute: never };
}
