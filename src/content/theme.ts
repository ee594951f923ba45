type Theme = 'light' | 'dark';

const REFRESH_MS = 2_000;
let theme: Theme | null = null;
let checkedAt = 0;
let refreshQueued = false;

/** Reads the page background. A computed-style read makes the browser bring the page's styles
 * up to date first: in the middle of a feed update that is a style recalc of every cell the site
 * just changed, which the browser would otherwise do once, later, for the whole frame. */
function readTheme(): Theme {
  const color = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const [r = 255, g = 255, b = 255, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.4 ? 'dark' : 'light';
}

function refresh(): Theme {
  refreshQueued = false;
  checkedAt = Date.now();
  theme = readTheme();
  return theme;
}

/** Idle time comes after the frame is rendered, when styles are clean and the read is cheap. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: REFRESH_MS });
  else setTimeout(run, 0);
}

/** The site's own theme, read from the page background (sites have their own dark modes that
 * need not follow the OS setting). Only the first read is synchronous; afterwards the last known
 * theme is returned at once and re-read when the page is idle, at most every 2 s, so a switch
 * shows on badges drawn a moment later. */
export function siteTheme(): Theme {
  if (theme === null) return refresh();
  if (!refreshQueued && Date.now() - checkedAt >= REFRESH_MS) {
    refreshQueued = true;
    whenIdle(refresh);
  }
  return theme;
}
