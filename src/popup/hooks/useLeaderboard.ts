import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Platform } from '../../core/types';
import type { AuthorRow, LeaderboardTab, ResponseOf } from '../../shared/messages';
import { request } from '../../shared/messaging';
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
}

/** Rows per page: the popup never asks for more at once, so it opens fast with 10,000 authors. */
export const PAGE_SIZE = 50;

const INITIAL: LeaderboardState = { status: 'loading', rows: [], total: 0, loadingMore: false, error: null };

/** The popup's first page, asked for before the first render: Preact runs effects only after
 * the first paint, and the question can be on its way to the background by then. */
export const FIRST_QUERY: LeaderboardQuery = { tab: 'value', platform: 'all', query: '' };
let early: Promise<ResponseOf<'ui:leaderboard'>> | null = null;

export function prefetchFirstPage(): void {
  early = request('ui:leaderboard', { ...FIRST_QUERY, offset: 0, limit: PAGE_SIZE });
  early.catch(() => undefined); // a failure is reported when the hook takes it
}

/** The prefetched page when `q` is the first query (taken once), else a fresh request. */
function firstPage(q: LeaderboardQuery): Promise<ResponseOf<'ui:leaderboard'>> {
  const taken = early;
  early = null;
  const isFirst = q.tab === FIRST_QUERY.tab && q.platform === FIRST_QUERY.platform && q.query === FIRST_QUERY.query;
  return taken && isFirst ? taken : request('ui:leaderboard', { ...q, offset: 0, limit: PAGE_SIZE });
}

/** One tab of the leaderboard, fetched page by page; a new query starts again from the top. */
export function useLeaderboard(q: LeaderboardQuery, revision: number) {
  const [state, setState] = useState<LeaderboardState>(INITIAL);
  // Answers to an older query (or older revision) are dropped.
  const generation = useRef(0);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, status: s.status === 'ready' ? 'ready' : 'loading', loadingMore: false, error: null }));
    firstPage(q)
      .then((data) => gen === generation.current && setState({ status: 'ready', rows: data.rows, total: data.total, loadingMore: false, error: null }))
      .catch((e: unknown) => gen === generation.current && setState({ ...INITIAL, status: 'error', error: describeError(e) }));
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
