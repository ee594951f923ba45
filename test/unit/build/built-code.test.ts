import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from '../../../build/manifest';
import { listTree } from '../../../build/files';
import { builtManifest, distDir } from './built';

/** Budget for the one content script, model weights included (README, Performance). */
const CONTENT_SCRIPT_BUDGET = 150_000;

describe.each<Browser>(['chrome', 'firefox'])('built %s code', (browser) => {
  const dir = distDir(browser);
  const files = listTree(dir);
  const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
  const scripts = files.filter((f) => /\.m?js$/.test(f));

  it('ships no source maps', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of scripts) expect(read(file), file).not.toMatch(/sourceMappingURL/);
  });

  it('runs no remote or generated code: no http(s) script sources, imports or workers, no eval or new Function', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      for (const [, src] of read(file).matchAll(/<script[^>]*\bsrc=["']([^"']+)["']/g)) expect(src, file).not.toMatch(/^(https?:)?\/\//);
    }
    for (const file of scripts) {
      const code = read(file);
      expect(code, file).not.toMatch(/\bimport\s*\(\s*[`'"](https?:)?\/\//);
      expect(code, file).not.toMatch(/\bfrom\s*[`'"](https?:)?\/\//);
      expect(code, file).not.toMatch(/\bimportScripts\s*\(/);
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(code, file).not.toMatch(/\bsetTimeout\s*\(\s*[`'"]/);
    }
  });

  it('builds the content script as one classic script: no imports, no loader', () => {
    const [file] = new Set((builtManifest(browser).content_scripts ?? []).flatMap((s) => s.js ?? []));
    const code = read(file!);
    // A content script declared in the manifest runs as a classic script: static imports would
    // not even parse, and dynamic ones would need web_accessible_resources.
    expect(code).not.toMatch(/(^|[;}\s])import\s*[\s{*(`'"]/);
    expect(code).not.toMatch(/(^|[;}\s])export\s*[\s{*]/);
    expect(code).not.toMatch(/runtime\.getURL/);
  });

  it(`keeps the content script, model included, within ${CONTENT_SCRIPT_BUDGET / 1000} kB`, () => {
    const [file] = new Set((builtManifest(browser).content_scripts ?? []).flatMap((s) => s.js ?? []));
    expect(Buffer.byteLength(read(file!))).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });
});

function contentScript(browser: Browser): string {
  const [file] = (builtManifest(browser).content_scripts ?? [])[0]?.js ?? [];
  return readFileSync(join(distDir(browser), file!), 'utf8');
}

describe('Chrome and Firefox builds', () => {
  it('ship the same content script', () => {
    expect(contentScript('firefox')).toBe(contentScript('chrome'));
  });
});
