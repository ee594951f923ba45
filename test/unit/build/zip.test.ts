import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtFiles, forbiddenInPackage } from '../../../build/files';
import { reproducibleZip } from '../../../build/zip';

const files = (entries: [string, string][]): Map<string, Uint8Array> => new Map(entries.map(([p, t]) => [p, new TextEncoder().encode(t)]));

/** Central directory records: name, DOS time/date, external attributes. */
function centralDirectory(zip: Uint8Array): { name: string; time: number; date: number; attrs: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      attrs: view.getUint32(at + 38, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('reproducible zips (build/zip.ts)', () => {
  const a = files([['b/two.js', 'two'], ['a.json', '{}'], ['b/one.js', 'one']]);
  const b = files([['b/one.js', 'one'], ['a.json', '{}'], ['b/two.js', 'two']]);

  it('gives the same bytes whatever the order the files came in', () => {
    expect(Buffer.from(reproducibleZip(a)).equals(Buffer.from(reproducibleZip(b)))).toBe(true);
  });

  it('sorts entries, fixes their time and permissions, and keeps the content', () => {
    const zip = reproducibleZip(a);
    const records = centralDirectory(zip);
    expect(records.map((r) => r.name)).toEqual(['a.json', 'b/one.js', 'b/two.js']);
    for (const r of records) {
      expect(r.date).toBe(((1980 - 1980) << 9) | (1 << 5) | 2);
      expect(r.time).toBe(0);
      expect(r.attrs >>> 16).toBe(0o100644);
    }
    const back = unzipSync(zip);
    expect(new TextDecoder().decode(back['b/two.js'])).toBe('two');
  });

  it('refuses unsafe paths', () => {
    expect(() => reproducibleZip(files([['../x', '']]))).toThrow(/unsafe/);
    expect(() => reproducibleZip(files([['/etc/x', '']]))).toThrow(/unsafe/);
  });
});

describe('package contents (build/files.ts)', () => {
  it('knows what must never ship', () => {
    for (const bad of ['assets/a.js.map', 'test/x.js', 'src/a.test.ts', 'a/__tests__/b.js', 'x.spec.mjs']) expect(forbiddenInPackage(bad), bad).toBe(true);
    for (const ok of ['assets/a.js', 'src/content/main.js', 'manifest.json', 'icons/humo-16.png', 'src/latest.js']) expect(forbiddenInPackage(ok), ok).toBe(false);
  });

  it('refuses to package a build that contains a source map', () => {
    const dir = mkdtempSync(join(tmpdir(), 'humo-dist-'));
    try {
      writeFileSync(join(dir, 'manifest.json'), '{}');
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'assets', 'a.js.map'), '{}');
      expect(() => builtFiles(dir)).toThrow(/must not ship/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
