import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../../shared/settings-store';
import { describeError } from '../locale';

export interface SettingsHandle {
  settings: Settings | null;
  /** Last save failure in words (e.g. sync quota), cleared by the next successful save. */
  error: string | null;
  save(patch: Partial<Settings>): Promise<boolean>;
}

let early: Promise<Settings> | null = null;

/** Starts reading settings before the first render (main.tsx calls it), so they are in before
 * the first rows: effects run only after the first paint. */
export function prefetchSettings(): void {
  early = loadSettings();
}

/** Settings from storage.sync, live: changes from other pages show up here too. */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const first = early ?? loadSettings();
    early = null;
    void first.then((s) => live && setSettings(s));
    const off = onSettingsChanged((s) => setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  const save = useCallback(async (patch: Partial<Settings>): Promise<boolean> => {
    try {
      setSettings(await saveSettings(patch));
      setError(null);
      return true;
    } catch (e) {
      setError(describeError(e));
      return false;
    }
  }, []);
  return { settings, error, save };
}
