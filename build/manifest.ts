/** The one place where the Chrome and Firefox manifests differ. manifest.json is the source for
 * both; `manifestFor` lays the browser's overlay over a copy of it. */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import source from '../manifest.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';
type CrxManifest = Exclude<ManifestV3Export, Promise<unknown> | ((...args: never[]) => unknown)>;
/** crxjs's manifest type, plus the Android key it does not know yet. */
export type Manifest = CrxManifest & {
  browser_specific_settings?: CrxManifest['browser_specific_settings'] & { gecko_android?: { strict_min_version?: string } };
};

/** Firefox needs a fixed id: storage.sync and AMO updates are keyed on it. */
export const GECKO_ID = 'humo@humo.app';

/** 140 (an ESR) is the first Firefox with built-in data-collection consent, which AMO requires
 * of new add-ons (`data_collection_permissions`: 128–139 ignore it, 127 and older refuse the
 * manifest). Everything else we use is older: MV3 (109), module background scripts, storage.sync,
 * commands, all_frames. */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android gained that consent in 142. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Where `vite build --mode <browser>` writes. Chrome keeps dist/: the e2e tests and `npm start` load it. */
export const OUT_DIR: Record<Browser, string> = { chrome: 'dist', firefox: 'dist-firefox' };

/** Syntax target per browser, matching the oldest version the manifest admits. */
export const BUILD_TARGET: Record<Browser, string> = {
  chrome: 'chrome120',
  firefox: `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}`,
};

export function browserForMode(mode: string): Browser {
  return mode === 'firefox' ? 'firefox' : 'chrome';
}

export function manifestFor(browser: Browser, base: Manifest = source as Manifest): Manifest {
  const manifest = structuredClone(base);
  if (browser === 'chrome') return manifest;
  const worker = manifest.background && 'service_worker' in manifest.background ? manifest.background.service_worker : undefined;
  if (!worker) throw new Error('manifest.json must declare background.service_worker');
  return {
    ...manifest,
    // Firefox has no extension service workers; the same module runs as an event page
    // (crxjs points it at a loader and adds `type: "module"`).
    background: { scripts: [worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Humo sends nothing anywhere; Firefox shows this at install.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
