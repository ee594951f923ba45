/** Builds each manifest content script as one self-contained classic script (IIFE, no imports),
 * inside the same `vite build`. crxjs's default instead emits a loader that imports shared chunks,
 * and those chunks must be web_accessible_resources, which lets any page probe for our files
 * (fingerprinting); it also emitted WAR for only one of two entries sharing a script. A classic
 * script needs no WAR at all, loads in one step, and is the same file in Chrome and Firefox. */
import { fileURLToPath } from 'node:url';
import { build, type ResolvedConfig, type Rollup } from 'vite';
import type { CrxPlugin } from '@crxjs/vite-plugin';
import type { Manifest } from './manifest';

type ContentScript = NonNullable<Manifest['content_scripts']>[number];

const NATIVE_BROWSER = fileURLToPath(new URL('./native-browser.ts', import.meta.url));

/** src/content/main.ts → src/content/main.js: the shipped path mirrors the source for reviewers. */
export function outputNameFor(entry: string): string {
  return entry.replace(/^\//, '').replace(/\.[cm]?[jt]sx?$/, '') + '.js';
}

async function bundle(config: ResolvedConfig, entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    // No plugins: the content script is plain TypeScript and JSON (no JSX, CSS or assets).
    plugins: [],
    root: config.root,
    mode: config.mode,
    define: config.define,
    resolve: { alias: { 'webextension-polyfill': NATIVE_BROWSER } },
    build: {
      write: false,
      emptyOutDir: false,
      sourcemap: false,
      minify: config.build.minify,
      target: config.build.target,
      lib: { entry, formats: ['iife'], name: 'humo' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap((r) => r.output);
  const chunks = outputs.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  // Anything else (CSS, images, a split chunk) would have to be fetched from the page: refuse it.
  if (chunks.length !== 1 || outputs.length !== 1) {
    throw new Error(`content script ${entry} must bundle to one file, got ${outputs.map((o) => o.fileName).join(', ')}`);
  }
  return chunks[0]!.code;
}

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
        this.emitFile({ type: 'asset', fileName, source: await bundle(config, entry) });
        built.set(entry, fileName);
      }
      manifest.content_scripts = declared.map((script) => ({ ...script, js: (script.js ?? []).map((js) => built.get(js)!) }));
      if (manifest.content_scripts.length === 0) delete manifest.content_scripts;
      return manifest;
    },
  };
}
