/** Which files go into each package. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What a store package must never carry: source maps (our sources, readable by any page) and tests. */
export function forbiddenInPackage(path: string): boolean {
  return path.endsWith('.map') || /(^|\/)(test|tests|__tests__)\//.test(path) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(path);
}

/** Every file under `dir`, as forward-slash paths relative to it. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.toSorted();
}

/** A built extension directory as zip entries. Refuses (rather than silently drops) anything a
 * store package must not carry, so the zip is always exactly the tree that was tested. */
export function builtFiles(dir: string): Map<string, Uint8Array> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json missing: build first`);
  const files = new Map<string, Uint8Array>();
  for (const path of listTree(dir)) {
    if (forbiddenInPackage(path)) throw new Error(`${dir}/${path} must not ship (source map or test file)`);
    files.set(path, readFileSync(join(dir, path)));
  }
  return files;
}

/** What a reviewer needs to rebuild the extension (README says how); tests, demo and benchmarks stay out. */
export const SOURCE_ROOTS = [
  'README.md',
  'package.json',
  'package-lock.json',
  'manifest.json',
  'vite.config.ts',
  'tsconfig.json',
  'build/',
  'src/',
  'public/',
  'icons/',
];

const inSourceRoots = (path: string): boolean =>
  SOURCE_ROOTS.some((root) => (root.endsWith('/') ? path.startsWith(root) : path === root));

/** The source files git knows (tracked, or new and not ignored), read from the working tree, so
 * the sources zip matches what was just built. Outside a git checkout (e.g. inside an unpacked
 * sources zip) every file under the roots counts. */
export function sourceFiles(root: string): Map<string, Uint8Array> {
  let paths: string[];
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    paths = listed.split('\0').filter(Boolean);
  } catch {
    paths = SOURCE_ROOTS.flatMap((r) => (r.endsWith('/') ? (existsSync(join(root, r)) ? listTree(join(root, r)).map((p) => r + p) : []) : [r]));
  }
  const files = new Map<string, Uint8Array>();
  for (const path of paths.filter(inSourceRoots).toSorted()) {
    // A file deleted in the working tree but still in the index is not a source any more.
    if (existsSync(join(root, path))) files.set(path, readFileSync(join(root, path)));
  }
  return files;
}
