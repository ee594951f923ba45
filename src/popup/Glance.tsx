import { PLATFORMS } from '../core/types';
import { t } from '../shared/i18n';
import { Chart } from './Chart';
import { GlanceFrame } from './GlanceFrame';
import { count, percent, PLATFORM_NAMES, share } from './format';
import type { DailyState } from './hooks/useDailyShares';

/** "Your feed at a glance": today's selling share, per platform, and the last 30 days. */
export function Glance({ daily, locale }: { daily: DailyState; locale: string }) {
  return (
    <section class="glance" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('glanceTitle', undefined, 'Your feed at a glance')}</h2>
      {daily.status === 'loading' && (
        <GlanceFrame>
          <p class="muted">{t('loading', undefined, 'Loading…')}</p>
        </GlanceFrame>
      )}
      {daily.status === 'error' && (
        <GlanceFrame>
          <p class="error" role="alert">
            {daily.message}
          </p>
        </GlanceFrame>
      )}
      {daily.status === 'ready' && <GlanceBody daily={daily} locale={locale} />}
    </section>
  );
}

function GlanceBody({ daily, locale }: { daily: Extract<DailyState, { status: 'ready' }>; locale: string }) {
  const today = daily.all[daily.all.length - 1] ?? { day: '', seen: 0, promo: 0 };
  if (!daily.all.some((d) => d.seen > 0)) {
    return (
      <GlanceFrame>
        <p class="muted">
          {t('glanceEmpty', undefined, 'Nothing seen yet. Scroll X, Facebook or LinkedIn and Humo will show here how much of your feed is selling.')}
        </p>
      </GlanceFrame>
    );
  }
  return (
    <div class="glance-body">
      {today.seen > 0 ? (
        <p class="today">
          <strong class="big" data-testid="today-share">
            {percent(share(today.promo, today.seen), locale)}
          </strong>
          <span class="today-text">
            <span>{t('todaySelling', undefined, 'selling today')}</span>
            <span class="muted">{t('todayCounts', [count(today.promo, locale), count(today.seen, locale)], `${today.promo} of ${today.seen} posts`)}</span>
          </span>
        </p>
      ) : (
        <p class="today muted">{t('todayNothing', undefined, 'Nothing seen today yet.')}</p>
      )}
      <ul class="chips" aria-label={t('todayPerPlatform', undefined, 'Today per platform')}>
        {PLATFORMS.map((p) => {
          const days = daily.byPlatform[p] ?? [];
          if (!days.some((d) => d.seen > 0)) return null;
          const d = days[days.length - 1];
          return (
            <li key={p} class={`chip chip-${p}`}>
              {PLATFORM_NAMES[p]} <b>{d && d.seen > 0 ? percent(share(d.promo, d.seen), locale) : '–'}</b>
            </li>
          );
        })}
      </ul>
      <Chart all={daily.all} byPlatform={daily.byPlatform} locale={locale} />
    </div>
  );
}
