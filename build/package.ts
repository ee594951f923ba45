/** `npm run package`: store zips for Chrome and Firefox plus the sources zip AMO asks for, in
 * artifacts/. The npm script builds both first; this only packs, so it is quick to run twice and
 * compare (the zips are reproducible). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { builtFiles, sourceFiles } from './files';
import { OUT_DIR } from './manifest';
import { reproducibleZip } from './zip';

const ROOT = resolve(import.meta.dirname, '..');
export const ARTIFACTS = join(ROOT, 'artifacts');

const versionIn = (file: string): string => (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { version: string }).version;

function version(): string {
  const [inManifest, inPackage] = [versionIn('manifest.json'), versionIn('package.json')];
  if (inManifest !== inPackage) throw new Error(`manifest.json version ${inManifest} differs from package.json ${inPackage}`);
  return inManifest;
}

export function packageAll(outDir = ARTIFACTS): { file: string; bytes: number; sha256: string }[] {
  const v = version();
  const zips: [string, Map<string, Uint8Array>][] = [
    [`humo-chrome-${v}.zip`, builtFiles(join(ROOT, OUT_DIR.chrome))],
    [`humo-firefox-${v}.zip`, builtFiles(join(ROOT, OUT_DIR.firefox))],
    [`humo-sources-${v}.zip`, sourceFiles(ROOT)],
  ];
  mkdirSync(outDir, { recursive: true });
  return zips.map(([name, files]) => {
    const zip = reproducibleZip(files);
    const file = join(outDir, name);
    writeFileSync(file, zip);
    return { file: relative(ROOT, file), bytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex') };
  });
}

if (resolve(process.argv[1] ?? '') === import.meta.filename) {
  for (const { file, bytes, sha256 } of packageAll()) console.log(`${file}  ${(bytes / 1000).toFixed(1)} kB  sha256 ${sha256}`);
}
