import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Platform } from '../../core/types';
import type { AuthorRow, LeaderboardTab, ResponseOf } from '../../shared/messages';
import { request, unwrap } from '../../shared/messaging';
import { afterFirstPage, askFirstPage, FIRST_QUERY, PAGE_SIZE } from '../first-page';
import { describeError } from '../locale';

export interface LeaderboardQuery {
  tab: LeaderboardTab;
  platform: Platform | 'all';
  query: string;
}

export interface LeaderboardState {
  status: 'loading' | 'ready' | 'error';
  rows: AuthorRow[];
  total: number;
  /** A "show more" page is on its way. */
  loadingMore: boolean;
  error: string | null;
  /** queryKey() of the query these rows (or this error) answer; null before the first answer. */
  answers: string | null;
}

const INITIAL: LeaderboardState = { status: 'loading', rows: [], total: 0, loadingMore: false, error: null, answers: null };

/** One string per query: the list says which query its rows answer (tests wait on it). */
export const queryKey = (q: LeaderboardQuery): string => `${q.tab}|${q.platform}|${q.query}`;

const ready = (data: ResponseOf<'ui:leaderboard'>, q: LeaderboardQuery): LeaderboardState => ({
  status: 'ready',
  rows: data.rows,
  total: data.total,
  loadingMore: false,
  error: null,
  answers: queryKey(q),
});
const failed = (e: unknown, q: LeaderboardQuery): LeaderboardState => ({ ...INITIAL, status: 'error', error: describeError(e), answers: queryKey(q) });

/** Sends the first page's question now if early.js has not: main.tsx calls it before rendering. */
export function prefetchFirstPage(): void {
  askFirstPage();
}

let firstTaken = false;

/** early.js's first page for the hook's first query (taken once): the state itself when the
 * answer is already in, else the answer to come; `cached` when it is the background's cached
 * page, to be followed by a fresh one. Null for any other query. */
function takeFirstPage(q: LeaderboardQuery): { now: LeaderboardState; cached: boolean } | { later: Promise<ResponseOf<'ui:leaderboard'>>; cached(): boolean } | null {
  const isFirst = q.tab === FIRST_QUERY.tab && q.platform === FIRST_QUERY.platform && q.query === FIRST_QUERY.query;
  if (firstTaken || !isFirst) return null;
  firstTaken = true;
  const page = askFirstPage();
  if (!page.arrived) return { later: page.sent.then((reply) => unwrap('ui:leaderboard', reply)), cached: () => !!page.cached };
  try {
    return { now: page.error === undefined ? ready(unwrap('ui:leaderboard', page.reply), q) : failed(page.error, q), cached: !!page.cached };
  } catch (e) {
    return { now: failed(e, q), cached: false };
  }
}

/** One tab of the leaderboard, fetched page by page; a new query starts again from the top. */
export function useLeaderboard(q: LeaderboardQuery, revision: number) {
  const [state, setState] = useState<LeaderboardState>(INITIAL);
  // Answers to an older query (or older revision) are dropped.
  const generation = useRef(0);
  const current = useRef(state);
  current.current = state;

  // A layout effect, not an effect: Preact runs effects only after a paint, and the first page may
  // be in before that (then its rows are in the first paint) or arrive just after.
  useLayoutEffect(() => {
    const gen = ++generation.current;
    const ask = () => request('ui:leaderboard', { ...q, offset: 0, limit: PAGE_SIZE });
    /** After a cached page, once it is on screen (asking wakes the worker, which would compete
     * with the first paint): the fresh page replaces it; a failure keeps the rows and says so. */
    const refresh = () =>
      void afterFirstPage()
        .then(ask)
        .then((data) => gen === generation.current && setState(ready(data, q)))
        .catch((e: unknown) => gen === generation.current && setState((s) => ({ ...s, error: describeError(e) })));
    const first = takeFirstPage(q);
    if (first && 'now' in first) {
      setState(first.now);
      if (first.cached) refresh();
      return;
    }
    setState((s) => ({ ...s, status: s.status === 'ready' ? 'ready' : 'loading', loadingMore: false, error: null }));
    (first?.later ?? ask())
      .then((data) => {
        if (gen !== generation.current) return;
        setState(ready(data, q));
        if (first?.cached()) refresh();
      })
      .catch((e: unknown) => gen === generation.current && setState(failed(e, q)));
  }, [q.tab, q.platform, q.query, revision]);

  const showMore = useCallback(() => {
    const gen = generation.current;
    const offset = current.current.rows.length;
    setState((s) => ({ ...s, loadingMore: true }));
    request('ui:leaderboard', { ...q, offset, limit: PAGE_SIZE })
      .then((data) => {
        if (gen !== generation.current) return;
        setState((s) => {
          const seen = new Set(s.rows.map((r) => `${r.platform}:${r.authorId}`));
          const fresh = data.rows.filter((r) => !seen.has(`${r.platform}:${r.authorId}`));
          return { ...s, rows: [...s.rows, ...fresh], total: data.total, loadingMore: false };
        });
      })
      .catch((e: unknown) => gen === generation.current && setState((s) => ({ ...s, loadingMore: false, error: describeError(e) })));
  }, [q.tab, q.platform, q.query]);

  /** Takes one author out of the list at once (after "forget"). */
  const drop = useCallback((platform: string, authorId: string) => {
    setState((s) => ({
      ...s,
      rows: s.rows.filter((r) => !(r.platform === platform && r.authorId === authorId)),
      total: Math.max(0, s.total - 1),
    }));
  }, []);

  return { state, showMore, drop };
}
