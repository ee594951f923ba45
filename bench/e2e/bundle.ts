/** What a built extension puts into every feed page: the content scripts its manifest lists, plus
 * anything they import (none today: build/content-script.ts makes each one self-contained). And
 * whether a bench-only hook leaked into a normal build. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { listTree } from '../../build/files';

/** Strings that only the bench probes contain (src/content/bench-probe.ts, src/background/bench-probe.ts). */
export const BENCH_HOOK_NAMES = ['humo-bench', 'humoBenchStore'];

export function contentScriptFiles(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    // A loader-style script would pull chunks with import()/import from: count those too.
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import\(|from)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      visit(join(dirname(file), m[1]!));
    }
  };
  for (const script of manifest.content_scripts ?? []) for (const js of script.js ?? []) visit(join(distDir, js));
  return [...files];
}

export function contentScriptBytes(distDir: string): { bytes: number; files: string[] } {
  const files = contentScriptFiles(distDir);
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.map((f) => relative(distDir, f)) };
}

/** Files of the build that mention a bench hook's name (must be none in a normal build). */
export function filesWithBenchHooks(distDir: string): string[] {
  return listTree(distDir).filter(
    (rel) => /\.(js|html|json)$/.test(rel) && BENCH_HOOK_NAMES.some((h) => readFileSync(join(distDir, rel), 'utf8').includes(h)),
  );
}
