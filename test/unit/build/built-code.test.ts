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

  it('starts the popup with its classic early script: first in <head>, async, self-contained, and no inline script', () => {
    const html = read('src/popup/index.html');
    const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(tags.length).toBeGreaterThan(1);
    // MV3's CSP refuses inline scripts: every script has a src and no body.
    for (const [, attrs, body] of tags) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    const [, firstAttrs] = tags[0]!;
    expect(firstAttrs).toMatch(/\bsrc="\/src\/popup\/early\.js"/);
    expect(firstAttrs).toMatch(/\basync\b/);
    expect(firstAttrs).not.toMatch(/type="module"/);
    const code = read('src/popup/early.js');
    expect(code).not.toMatch(/(^|[;}\s])import\s*[\s{*(`'"]/);
    expect(code).not.toMatch(/(^|[;}\s])export\s*[\s{*]/);
    expect(code).toMatch(/ui:leaderboard/);
  });

  it('ships webextension-polyfill only in the background (pages and content script use the native API)', () => {
    // The polyfill's signature: the error it throws outside an extension.
    const withPolyfill = scripts.filter((f) => read(f).includes('This script should only be loaded in a browser extension'));
    const background = builtManifest(browser).background;
    const loader = read(background?.service_worker ?? background?.scripts?.[0] ?? '');
    expect(withPolyfill).toHaveLength(1);
    expect(loader).toContain(withPolyfill[0]!.split('/').pop());
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
