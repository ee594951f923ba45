let cached: { at: number; theme: 'light' | 'dark' } | null = null;

/** The site's own theme, read from the page background (sites have their own dark modes that
 * need not follow the OS setting). Cached briefly: reading computed style is not free. */
export function siteTheme(): 'light' | 'dark' {
  const now = Date.now();
  if (cached && now - cached.at < 2_000) return cached.theme;
  const color = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const [r = 255, g = 255, b = 255, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  const theme =
    a === 0
      ? matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light'
      : luminance < 0.4
        ? 'dark'
        : 'light';
  cached = { at: now, theme };
  return theme;
}
