/** Labelled data loading and the fixed, deterministic splits. posts-dev: stratified 70/30 by
 * (label, lang, hard), ordered by a hash of the id, so the eval part never changes and is never
 * trained on. Public corpora: 70/30 by a hash of the text. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../../src/core/hash';
import type { Platform } from '../../src/core/types';

export type Label = 'promo' | 'value';

export interface Example {
  id: string;
  text: string;
  label: Label;
  lang: string;
  platform?: Platform;
  hard: boolean;
  /** 'posts-dev', 'written', or the public corpus file name without extension. */
  source: string;
  /** Who wrote the post (the written set), as authorKey() folds it: its split keeps an author
   * on one side. */
  author?: string;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Data directory: $HUMO_DATA_DIR, else ../shared/data beside the checkout. */
export function dataDir(): string {
  return process.env.HUMO_DATA_DIR ? resolve(process.env.HUMO_DATA_DIR) : resolve(ROOT, '../shared/data');
}

export function hasData(dir = dataDir()): boolean {
  return existsSync(join(dir, 'posts-dev.jsonl'));
}

/** Exit with a clear message when the data is missing (train / eval). */
export function requireData(dir = dataDir()): void {
  if (!hasData(dir)) {
    console.error(`No labelled data: ${join(dir, 'posts-dev.jsonl')} not found.\n` +
      'Put the shared data beside the checkout (../shared/data) or set HUMO_DATA_DIR.');
    process.exit(1);
  }
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function hashNum(s: string): number {
  return parseInt(fnv1a(s), 16);
}

/** A posts-dev-style row (posts-dev.jsonl, data/written/*.jsonl) as an Example. */
function labelledPost(r: Record<string, unknown>, id: string, source: string): Example {
  return {
    id,
    text: String(r.text),
    label: r.label === 'promo' ? 'promo' : 'value',
    lang: String(r.lang),
    platform: r.platform as Platform,
    hard: r.hard === true,
    source,
  };
}

export function loadDev(dir = dataDir()): Example[] {
  return readJsonl(join(dir, 'posts-dev.jsonl')).map((r) => labelledPost(r, String(r.id), 'posts-dev'));
}

/** The project's own labelled posts (data/written/, see its README): written for Humo by its
 * sessions from the label definition alone, without reading posts-dev or the lexicons. */
export const WRITTEN_DIR = join(ROOT, 'data/written');

/** $HUMO_WRITTEN_DIR reads another folder instead (to try a training choice on other data). */
export function loadWritten(dir = process.env.HUMO_WRITTEN_DIR ?? WRITTEN_DIR): Example[] {
  if (!existsSync(dir)) return [];
  const out: Example[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).toSorted()) {
    for (const r of readJsonl(join(dir, f))) out.push({ ...labelledPost(r, `written:${String(r.id)}`, 'written'), author: authorKey(String(r.author)) });
  }
  return out;
}

/** One persona under two spellings ("@belleza_by_dani", "Belleza by Dani") is one author. */
export function authorKey(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The written set's split: a quarter of its authors, all their posts, are evaluation only, so a
 * recurring author's voice never helps the model on their own held-out posts. */
export function splitWritten(rows: readonly Example[]): { train: Example[]; evalSet: Example[] } {
  const isEval = (r: Example): boolean => hashNum(`written:${r.author ?? r.id}`) % 4 === 0;
  return { train: rows.filter((r) => !isEval(r)), evalSet: rows.filter(isEval) };
}

export function loadPublic(dir = dataDir()): Example[] {
  const pub = join(dir, 'public');
  if (!existsSync(pub)) return [];
  const out: Example[] = [];
  for (const f of readdirSync(pub).filter((x) => x.endsWith('.jsonl')).toSorted()) {
    const source = f.replace(/\.jsonl$/, '');
    readJsonl(join(pub, f)).forEach((r, i) => {
      out.push({ id: `${source}:${i}`, text: String(r.text), label: r.label === 'promo' ? 'promo' : 'value', lang: String(r.lang), hard: false, source });
    });
  }
  return out;
}

/** Stratified split of posts-dev: ~30 % of every (label, lang, hard) group goes to eval. */
export function splitDev(rows: readonly Example[]): { train: Example[]; evalSet: Example[] } {
  const groups = new Map<string, Example[]>();
  for (const r of rows) {
    const k = `${r.label}|${r.lang}|${r.hard}`;
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  }
  const evalIds = new Set<string>();
  for (const g of groups.values()) {
    const sorted = [...g].toSorted((a, b) => hashNum(`split:${a.id}`) - hashNum(`split:${b.id}`) || a.id.localeCompare(b.id));
    for (const r of sorted.slice(0, Math.round(g.length * 0.3))) evalIds.add(r.id);
  }
  return { train: rows.filter((r) => !evalIds.has(r.id)), evalSet: rows.filter((r) => evalIds.has(r.id)) };
}

export function splitPublic(rows: readonly Example[]): { train: Example[]; evalSet: Example[] } {
  const isEval = (r: Example): boolean => hashNum(`pub:${r.text}`) % 100 < 30;
  return { train: rows.filter((r) => !isEval(r)), evalSet: rows.filter(isEval) };
}

/** Fold (0..k-1) of a train example for cross-validated threshold selection; `repeat` > 0
 * gives another, independent assignment (repeated cross-validation). */
export function foldOf(id: string, k: number, repeat = 0): number {
  return hashNum(repeat === 0 ? `fold:${id}` : `fold${repeat}:${id}`) % k;
}
