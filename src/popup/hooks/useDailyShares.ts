import { useEffect, useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../core/types';
import type { DailyShare } from '../../shared/messages';
import { request } from '../../shared/messaging';
import { afterFirstPage } from '../first-page';
import { describeError } from '../locale';

export const CHART_DAYS = 30;

export type DailyState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; all: DailyShare[]; byPlatform: Record<Platform, DailyShare[]> };

/** The last 30 days, all platforms together and each platform on its own, asked for once the
 * first leaderboard rows are on screen. */
export function useDailyShares(revision = 0): DailyState {
  const [state, setState] = useState<DailyState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const ask = (platform: Platform | 'all') => request('ui:daily-shares', { platform, days: CHART_DAYS }).then((r) => r.days);
    afterFirstPage()
      .then(() => Promise.all([ask('all'), ...PLATFORMS.map(ask)]))
      .then(([all, ...each]) => {
        if (!live) return;
        const byPlatform = Object.fromEntries(PLATFORMS.map((p, i) => [p, each[i] ?? []])) as Record<Platform, DailyShare[]>;
        setState({ status: 'ready', all: all ?? [], byPlatform });
      })
      .catch((e: unknown) => live && setState({ status: 'error', message: describeError(e) }));
    return () => {
      live = false;
    };
  }, [revision]);
  return state;
}
