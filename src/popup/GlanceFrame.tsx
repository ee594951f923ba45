import type { ComponentChildren } from 'preact';
import { DEFAULT_BOX as BOX } from './chart-geometry';

/** The glance's box holding a message instead of data (loading, nothing seen, an error). An
 * invisible copy of a glance with data lies underneath, so the box is exactly as tall as the
 * real one and the leaderboard below does not move when the days arrive, after its rows. */
export function GlanceFrame({ children }: { children: ComponentChildren }) {
  return (
    <div class="glance-body glance-frame">
      <div class="skeleton" aria-hidden="true">
        <p class="today">&nbsp;</p>
        <ul class="chips">
          <li class="chip">&nbsp;</li>
        </ul>
        <div class="chart">
          <svg width="100%" height={BOX.height} focusable="false" />
          <div class="axis">&nbsp;</div>
        </div>
        <p class="readout">&nbsp;</p>
      </div>
      <div class="glance-note">{children}</div>
    </div>
  );
}
