/** Bench builds only: `VITE_HUMO_FLOOR=observe|read|mark|classify vite build --mode bench` makes
 * a content script that stops after one step of its work, so `HUMO_BENCH_ONLY=ab` can measure what each
 * step adds to the page's main thread (README "Performance", the floor table):
 * - observe: the feed watcher runs (mutation records, finding post roots), nothing is read;
 * - read: each post is also read through the adapter (text, author, links, key, ad marker);
 * - mark: and its root gets `data-humo` (no classifier, no badge, no report);
 * - classify: and it is classified first, `data-humo` saying the verdict (no badge, no report).
 * main.ts reads the variable behind `import.meta.env.MODE === 'bench'`, so normal builds drop it. */
import { classify } from '../core/classify';
import type { PlatformAdapter } from '../platforms/types';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { JudgePost } from './feed-watcher';

export type Floor = 'observe' | 'read' | 'mark' | 'classify';

export function floorOf(value: string | undefined): Floor | null {
  if (value === undefined || value === '') return null;
  if (value === 'observe' || value === 'read' || value === 'mark' || value === 'classify') return value;
  throw new Error(`VITE_HUMO_FLOOR=${value}: expected observe, read, mark or classify`);
}

/** The judge for a floor build: the same batch phases as the real one (read, then update). */
export function floorJudge(floor: Floor, adapter: PlatformAdapter, time: <T>(kind: 'judge' | 'classify' | 'present', fn: () => T) => T): JudgePost {
  return (post) => {
    if (floor === 'observe') return undefined;
    const snapshot = time('judge', () => adapter.extract(post));
    if (floor === 'read' || !snapshot) return undefined;
    return () => {
      const verdict = floor === 'classify' ? time('classify', () => classify(snapshot, DEFAULT_SETTINGS).verdict) : 'value';
      return () => time('present', () => post.setAttribute('data-humo', verdict));
    };
  };
}
