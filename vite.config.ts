import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { selfContainedContentScripts } from './build/content-script.ts';
import { earlyScripts } from './build/early-script.ts';
import { BUILD_TARGET, OUT_DIR, browserForMode, manifestFor } from './build/manifest.ts';

// `vite build` builds for Chrome into dist/; `vite build --mode firefox` into dist-firefox/.
// Everything that differs between the two lives in build/manifest.ts.
export default defineConfig(({ mode }) => {
  const browser = browserForMode(mode);
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(browser), browser }),
      selfContainedContentScripts(),
      earlyScripts([{ page: 'src/popup/index.html', entry: 'src/popup/early.ts' }]),
    ],
    build: {
      outDir: OUT_DIR[browser],
      emptyOutDir: true,
      // Store builds ship no source maps; the page must not be able to read our sources.
      sourcemap: false,
      target: BUILD_TARGET[browser],
    },
    // Dev server is never used to load the extension; keep it local if someone runs it.
    server: { host: '127.0.0.1', strictPort: true, port: 5173, hmr: { host: '127.0.0.1' } },
  };
});
