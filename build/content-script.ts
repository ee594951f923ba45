/** Builds each manifest content script as one self-contained classic script (IIFE, no imports),
 * inside the same `vite build`. crxjs's default instead emits a loader that imports shared chunks,
 * and those chunks must be web_accessible_resources, which lets any page probe for our files
 * (fingerprinting); it also emitted WAR for only one of two entries sharing a script. A classic
 * script needs no WAR at all, loads in one step, and is the same file in Chrome and Firefox. */
import type { ResolvedConfig } from 'vite';
import type { CrxPlugin } from '@crxjs/vite-plugin';
import { bundleClassicScript, outputNameFor } from './classic-script.ts';
import type { Manifest } from './manifest';

type ContentScript = NonNullable<Manifest['content_scripts']>[number];

export function selfContainedContentScripts(): CrxPlugin {
  let config: ResolvedConfig;
  let declared: ContentScript[] = [];
  return {
    name: 'humo:self-contained-content-scripts',
    apply: 'build',
    // After crxjs's own manifest hooks (they run in plugin order), so its CSS and WAR steps
    // never see our scripts. List this plugin after crx().
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    // Take the content scripts away before crxjs sees them, so it emits no loader and no WAR...
    transformCrxManifest(manifest) {
      declared = manifest.content_scripts ?? [];
      delete manifest.content_scripts;
      return manifest;
    },
    // ...and put them back, pointing at the bundles, when the final manifest is written.
    async renderCrxManifest(manifest) {
      const built = new Map<string, string>();
      for (const entry of new Set(declared.flatMap((script) => script.js ?? []))) {
        const fileName = outputNameFor(entry);
        this.emitFile({ type: 'asset', fileName, source: await bundleClassicScript(config, entry) });
        built.set(entry, fileName);
      }
      manifest.content_scripts = declared.map((script) => ({ ...script, js: (script.js ?? []).map((js) => built.get(js)!) }));
      if (manifest.content_scripts.length === 0) delete manifest.content_scripts;
      return manifest;
    },
  };
}
