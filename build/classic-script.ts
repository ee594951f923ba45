/** Bundles one entry into a self-contained classic script (IIFE: no imports, no exports), with
 * the outer build's mode, defines, minifier and target. Used for the content script and for the
 * popup's early script (early-script.ts), both of which the browser runs as classic scripts. */
import { fileURLToPath } from 'node:url';
import { build, type ResolvedConfig, type Rollup } from 'vite';
import { compactCss } from './compact-css.ts';

// Code outside the background imports src/shared/browser.ts already; the alias keeps the polyfill
// out even if something imports it by name.
const NATIVE_BROWSER = fileURLToPath(new URL('../src/shared/browser.ts', import.meta.url));

/** src/content/main.ts → src/content/main.js: the shipped path mirrors the source for reviewers. */
export function outputNameFor(entry: string): string {
  return entry.replace(/^\//, '').replace(/\.[cm]?[jt]sx?$/, '') + '.js';
}

export async function bundleClassicScript(config: ResolvedConfig, entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    // These scripts are plain TypeScript and JSON (no JSX, CSS files or assets); the one plugin
    // compacts the CSS text they hand to shadow roots.
    plugins: [compactCss()],
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
  // Anything else (CSS, images, a split chunk) would have to be fetched separately: refuse it.
  if (chunks.length !== 1 || outputs.length !== 1) {
    throw new Error(`${entry} must bundle to one classic script, got ${outputs.map((o) => o.fileName).join(', ')}`);
  }
  return chunks[0]!.code;
}
