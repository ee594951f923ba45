import { useState } from 'preact/hooks';
import type { Platform } from '../core/types';
import type { LeaderboardTab } from '../shared/messages';
import { request } from '../shared/messaging';
import { t } from '../shared/i18n';
import { authorKey } from '../shared/settings';
import { AuthorRow } from './AuthorRow';
import { count } from './format';
import { useDebounced } from './hooks/useDebounced';
import { useFirstFew } from './hooks/useFirstFew';
import { queryKey, useLeaderboard } from './hooks/useLeaderboard';
import type { SettingsHandle } from './hooks/useSettings';
import { describeError } from './locale';
import { listedState, toggleListed } from './lists';
import { PlatformFilter } from './PlatformFilter';
import { SearchBox } from './SearchBox';

interface Props {
  tab: LeaderboardTab;
  locale: string;
  settings: SettingsHandle;
  /** Called after an author was forgotten (the chart changes too). */
  onForgotten(): void;
}

/** More rows than fit in the popup (600 px tall at most, rows are about 54 px) when it opens. */
const ROWS_IN_SIGHT = 12;

/** The ranked list of one tab, with platform filter, search and "show more" paging. */
export function Leaderboard({ tab, locale, settings, onForgotten }: Props) {
  const [platform, setPlatform] = useState<Platform | 'all'>('all');
  const [typed, setTyped] = useState('');
  const [revision, setRevision] = useState(0);
  const [actionError, setActionError] = useState<string | null>(null);
  const query = useDebounced(typed.trim(), 200);
  const { state, showMore, drop } = useLeaderboard({ tab, platform, query }, revision);
  const rows = useFirstFew(state.rows, ROWS_IN_SIGHT);
  const s = settings.settings;
  const banner = actionError ?? settings.error ?? (state.status === 'ready' ? state.error : null);

  const forget = async (p: Platform | 'all', authorId: string): Promise<void> => {
    if (p === 'all') return;
    try {
      await request('ui:forget-author', { platform: p, authorId });
      drop(p, authorId);
      setActionError(null);
      onForgotten();
    } catch (e) {
      setActionError(describeError(e));
    }
  };

  return (
    <div class="board" data-asks={queryKey({ tab, platform, query })} data-answers={state.answers ?? ''}>
      <div class="filters">
        <PlatformFilter value={platform} onChange={setPlatform} />
        <SearchBox value={typed} onInput={setTyped} />
      </div>
      {banner && (
        <p class="error" role="alert">
          {banner}
        </p>
      )}
      {state.status === 'loading' && <p class="muted loading">{t('loading', undefined, 'Loading…')}</p>}
      {state.status === 'error' && (
        <div class="error-box" role="alert" data-testid="board-error">
          <p>
            <strong>{t('boardErrorTitle', undefined, 'Humo could not read its stats.')}</strong> {state.error}
          </p>
          <button type="button" onClick={() => setRevision(revision + 1)}>
            {t('retry', undefined, 'Try again')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.rows.length === 0 && (
        <p class="empty">
          {query || platform !== 'all'
            ? t('emptySearch', undefined, 'No author matches. Try another name or platform.')
            : t('emptyBoard', undefined, 'No authors yet. Scroll X, Facebook or LinkedIn: everyone whose posts you see will appear here, ranked by how much value they add or how much they only sell.')}
        </p>
      )}
      {state.status === 'ready' && state.rows.length > 0 && (
        <>
          <ol class="authors" data-testid="author-list" aria-label={t(tab === 'value' ? 'tabValue' : 'tabSells', undefined, tab)}>
            {rows.map((row, i) => {
              const key = row.platform === 'all' ? '' : authorKey(row.platform, row.authorId);
              return (
                <AuthorRow
                  key={`${row.platform}:${row.authorId}`}
                  row={row}
                  rank={i + 1}
                  locale={locale}
                  listed={listedState(s, key)}
                  onList={(which) => s && key && void settings.save(toggleListed(s, key, which))}
                  onForget={() => forget(row.platform, row.authorId)}
                />
              );
            })}
          </ol>
          <div class="paging">
            <span class="muted" data-testid="shown-count" data-shown={state.rows.length}>
              {t('shownOf', [count(state.rows.length, locale), count(state.total, locale)], `${state.rows.length} of ${state.total}`)}
            </span>
            {state.rows.length < state.total && (
              <button type="button" class="more-btn" data-testid="show-more" disabled={state.loadingMore} onClick={showMore}>
                {state.loadingMore ? t('loading', undefined, 'Loading…') : t('showMore', undefined, 'Show more')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
