import { useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../core/types';
import type { DailyShare } from '../shared/messages';
import { t } from '../shared/i18n';
import { DEFAULT_BOX as BOX, averageShare, bars, indexAt, linePath, points, yOf } from './chart-geometry';
import { count, dayLabel, percent, PLATFORM_NAMES, share } from './format';

interface Props {
  all: DailyShare[];
  byPlatform: Record<Platform, DailyShare[]>;
  locale: string;
}

/** Words for one day: "Mar 7: 12 of 40 posts selling (30%) · X 40% · LinkedIn 25%". */
export function dayText(i: number, all: DailyShare[], byPlatform: Record<Platform, DailyShare[]>, locale: string): string {
  const d = all[i];
  if (!d) return '';
  const label = dayLabel(d.day, locale);
  if (d.seen === 0) return t('chartDayEmpty', label, `${label}: nothing seen`);
  const main = t(
    'chartDay',
    [label, count(d.promo, locale), count(d.seen, locale), percent(share(d.promo, d.seen), locale)],
    `${label}: ${d.promo} of ${d.seen} posts selling (${percent(share(d.promo, d.seen), locale)})`,
  );
  const per = PLATFORMS.map((p) => ({ p, d: byPlatform[p]?.[i] }))
    .filter((x) => x.d && x.d.seen > 0)
    .map((x) => `${PLATFORM_NAMES[x.p]} ${percent(share(x.d!.promo, x.d!.seen), locale)}`);
  return per.length ? `${main} · ${per.join(' · ')}` : main;
}

/** 30 bars (all platforms) and one line per platform, drawn by hand. Focus it and use the arrow
 * keys (or hover) to read a day's counts below it. */
export function Chart({ all, byPlatform, locale }: Props) {
  const [active, setActive] = useState<number | null>(null);
  const geometry = bars(all, BOX);
  const avg = averageShare(all);
  const n = all.length;
  const move = (i: number): void => setActive(Math.min(n - 1, Math.max(0, i)));
  const onKeyDown = (e: KeyboardEvent): void => {
    const at = active ?? n - 1;
    const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    move(next);
  };
  const onPointer = (e: PointerEvent): void => {
    const rect = (e.currentTarget as Element).getBoundingClientRect();
    if (rect.width > 0) move(indexAt(((e.clientX - rect.left) / rect.width) * BOX.width, n, BOX));
  };
  const readout =
    active !== null
      ? dayText(active, all, byPlatform, locale)
      : t('chartAverage', percent(avg, locale), `Last 30 days: ${percent(avg, locale)} of what you saw was selling`);
  return (
    <div class="chart-wrap">
      <div
        class="chart"
        tabIndex={0}
        role="group"
        aria-label={t('chartLabel', undefined, 'Selling share per day, last 30 days. Use the arrow keys to read each day.')}
        aria-describedby="chart-readout"
        onKeyDown={onKeyDown}
        onFocus={() => active === null && move(n - 1)}
        onBlur={() => setActive(null)}
        onPointerMove={onPointer}
        onPointerLeave={() => setActive(null)}
      >
        <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width="100%" height={BOX.height} aria-hidden="true" focusable="false">
          {[0.5, 1].map((g) => (
            <line key={g} class="grid" x1={0} x2={BOX.width} y1={yOf(g, BOX)} y2={yOf(g, BOX)} />
          ))}
          <line class="base" x1={0} x2={BOX.width} y1={yOf(0, BOX)} y2={yOf(0, BOX)} />
          {geometry.map((b) => (
            <rect
              key={b.day}
              class={`bar${b.empty ? ' empty' : ''}${active === b.index ? ' active' : ''}`}
              x={b.x}
              y={b.empty ? yOf(0, BOX) - 1 : b.y}
              width={b.width}
              height={b.empty ? 1 : Math.max(1, b.height)}
              rx={1}
            >
              <title>{dayText(b.index, all, byPlatform, locale)}</title>
            </rect>
          ))}
          {avg > 0 && <line class="avg" x1={0} x2={BOX.width} y1={yOf(avg, BOX)} y2={yOf(avg, BOX)} />}
          {PLATFORMS.map((p) => (
            <g key={p} class={`series series-${p}`}>
              <path d={linePath(byPlatform[p] ?? [], BOX)} />
              {points(byPlatform[p] ?? [], BOX).map((pt) => (
                <circle key={pt.index} cx={pt.x} cy={pt.y} r={active === pt.index ? 2.5 : 1.4} />
              ))}
            </g>
          ))}
        </svg>
        <div class="axis" aria-hidden="true">
          <span>{all[0] ? dayLabel(all[0].day, locale) : ''}</span>
          <span class="axis-legend">
            <span class="swatch swatch-bar" />
            {t('legendAll', undefined, 'all platforms')}
            <span class="swatch swatch-line" />
            {t('legendEach', undefined, 'each platform')}
          </span>
          <span>{t('today', undefined, 'Today')}</span>
        </div>
      </div>
      <p id="chart-readout" class="readout" aria-live="polite">
        {readout}
      </p>
    </div>
  );
}
