import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenInPackage, listTree } from '../../../build/files';
import { OUT_DIR } from '../../../build/manifest';
import { packageAll } from '../../../build/package';
import { ROOT, distDir } from './built';

const version = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('npm run package (build/package.ts)', () => {
  let first: string;
  let second: string;
  beforeAll(() => {
    distDir('chrome');
    distDir('firefox');
    first = mkdtempSync(join(tmpdir(), 'humo-artifacts-'));
    second = mkdtempSync(join(tmpdir(), 'humo-artifacts-'));
    packageAll(first);
    packageAll(second);
  });
  afterAll(() => {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  const names = ['chrome', 'firefox', 'sources'].map((kind) => `humo-${kind}-${version}.zip`);

  it('packs the same bytes twice', () => {
    for (const name of names) expect(sha(join(second, name)), name).toBe(sha(join(first, name)));
  });

  it.each(['chrome', 'firefox'] as const)('puts exactly the %s build in its zip, byte for byte', (browser) => {
    const zip = unzipSync(readFileSync(join(first, `humo-${browser}-${version}.zip`)));
    const dir = join(ROOT, OUT_DIR[browser]);
    expect(Object.keys(zip)).toEqual(listTree(dir));
    for (const [path, bytes] of Object.entries(zip)) {
      expect(forbiddenInPackage(path), path).toBe(false);
      expect(Buffer.from(bytes).equals(readFileSync(join(dir, path))), path).toBe(true);
    }
    expect(zip['manifest.json']).toBeDefined();
  });

  it('puts what a reviewer needs to rebuild in the sources zip, and no tests', () => {
    const paths = Object.keys(unzipSync(readFileSync(join(first, `humo-sources-${version}.zip`))));
    for (const needed of ['README.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'build/manifest.ts', 'src/content/main.ts', 'src/core/model-weights.json']) {
      expect(paths, needed).toContain(needed);
    }
    expect(paths.filter((p) => p.startsWith('test/') || p.startsWith('node_modules/') || p.startsWith('dist'))).toEqual([]);
  });
});
