/** Gives an extension page a classic script that runs before its modules: MV3's CSP forbids
 * inline scripts, and Vite bundles every module script of a page into one entry that runs only
 * once the whole module graph is fetched and compiled. The script is built self-contained
 * (classic-script.ts) next to its source and listed first in the page's <head> as `async`, so
 * its request goes out first, it runs as soon as it arrives, and it never holds up parsing. */
import type { Plugin, ResolvedConfig } from 'vite';
import { bundleClassicScript, outputNameFor } from './classic-script.ts';

export interface EarlyScript {
  /** The page, as Vite names it: 'src/popup/index.html'. */
  page: string;
  /** Its early script's source: 'src/popup/early.ts' (shipped as src/popup/early.js). */
  entry: string;
}

export function earlyScripts(scripts: EarlyScript[]): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'humo:early-scripts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // After Vite's own pass, which would otherwise try to bundle the script as a module.
      order: 'post',
      handler(html, ctx) {
        const script = scripts.find((s) => `/${s.page}` === ctx.path);
        if (!script) return html;
        // Right after <meta charset>, which must come first.
        const anchor = /<meta charset[^>]*>/i.exec(html) ?? /<head>/i.exec(html);
        if (!anchor) throw new Error(`${script.page} has no <head> for its early script`);
        const at = anchor.index + anchor[0].length;
        return `${html.slice(0, at)}\n    <script async src="/${outputNameFor(script.entry)}"></script>${html.slice(at)}`;
      },
    },
    async generateBundle() {
      for (const script of scripts) {
        this.emitFile({ type: 'asset', fileName: outputNameFor(script.entry), source: await bundleClassicScript(config, script.entry) });
      }
    },
  };
}
