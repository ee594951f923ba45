import { useState } from 'preact/hooks';
import type { AuthorRow as Row } from '../shared/messages';
import { t } from '../shared/i18n';
import { count, handleOf, percent, platformName } from './format';

export type ListState = 'always' | 'never' | null;

interface Props {
  row: Row;
  rank: number;
  locale: string;
  listed: ListState;
  onList(which: 'always' | 'never'): void;
  onForget(): Promise<void>;
}

/** One leaderboard row: rank, name, handle, platform, posts seen, promo share, and a small
 * disclosure with the author actions (always mute, never mute, forget). */
export function AuthorRow({ row, rank, locale, listed, onList, onForget }: Props) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const name = row.displayName || row.authorId;
  const id = `actions-${row.platform}-${row.authorId}`.replace(/[^\w-]/g, '_');
  const canList = row.platform !== 'all';
  return (
    <li class="author" data-author={row.authorId} data-platform={row.platform}>
      <span class="rank" aria-hidden="true">
        {rank}
      </span>
      <div class="who">
        <span class="name" title={name}>
          {name}
          {listed === 'always' && <span class="tag tag-muted">{t('tagMuted', undefined, 'muted')}</span>}
          {listed === 'never' && <span class="tag tag-shown">{t('tagNeverMuted', undefined, 'never muted')}</span>}
        </span>
        <span class="handle">
          {handleOf(row.platform, row.authorId)} · {platformName(row.platform, t('platformAll', undefined, 'All'))}
        </span>
      </div>
      <div class="nums">
        <span class="posts" data-posts={row.postsSeen}>
          {t('postsSeen', count(row.postsSeen, locale), `${row.postsSeen} posts`)}
        </span>
        <span class="promo" data-promo={row.promoPosts}>
          {t('promoShare', percent(row.promoShare, locale), `${percent(row.promoShare, locale)} selling`)}
        </span>
        <span class="meter" aria-hidden="true">
          <span style={{ width: percent(row.promoShare, 'en') }} />
        </span>
      </div>
      <button
        type="button"
        class="more"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('authorActions', name, `Actions for ${name}`)}
        onClick={() => {
          setOpen(!open);
          setConfirming(false);
        }}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="3" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="13" cy="8" r="1.5" />
        </svg>
      </button>
      {open && (
        <div class="actions" id={id} role="group" aria-label={t('authorActions', name, `Actions for ${name}`)}>
          {canList && (
            <button type="button" aria-pressed={listed === 'always'} onClick={() => onList('always')}>
              {t('actionAlwaysMute', undefined, 'Always mute')}
            </button>
          )}
          {canList && (
            <button type="button" aria-pressed={listed === 'never'} onClick={() => onList('never')}>
              {t('actionNeverMute', undefined, 'Never mute')}
            </button>
          )}
          {confirming ? (
            <button type="button" class="danger" onClick={() => void onForget()}>
              {t('actionForgetConfirm', undefined, 'Yes, forget')}
            </button>
          ) : (
            <button type="button" class="quiet" onClick={() => setConfirming(true)}>
              {t('actionForget', undefined, 'Forget')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
