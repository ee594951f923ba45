import type { Platform } from '../src/core/types';
import type { DemoVariant } from './types';

/** Where each demo feed is served. Pages are fulfilled at the real URLs (Playwright routes), so
 * the manifest's real match patterns apply. A request under `/__demo/<variant>/` on the site's
 * origin is served from `demo/<variant>/`; any other navigation on the origin gets the variant's
 * index.html (the page scripts are single-page apps, like the sites). */
export interface DemoSite {
  variant: DemoVariant;
  platform: Platform;
  origin: string;
  startUrl: string;
  /** Does a navigation to this URL belong to this variant? (two LinkedIn DOMs share an origin) */
  owns(url: URL): boolean;
}

export const DEMO_SITES: readonly DemoSite[] = [
  {
    variant: 'x',
    platform: 'x',
    origin: 'https://x.com',
    startUrl: 'https://x.com/home',
    owns: () => true,
  },
  {
    variant: 'facebook',
    platform: 'facebook',
    origin: 'https://www.facebook.com',
    startUrl: 'https://www.facebook.com/',
    owns: () => true,
  },
  {
    variant: 'linkedin-legacy',
    platform: 'linkedin',
    origin: 'https://www.linkedin.com',
    startUrl: 'https://www.linkedin.com/feed/?humo-demo=legacy',
    owns: (url) => url.searchParams.get('humo-demo') === 'legacy',
  },
  {
    variant: 'linkedin-new',
    platform: 'linkedin',
    origin: 'https://www.linkedin.com',
    startUrl: 'https://www.linkedin.com/feed/',
    owns: (url) => url.searchParams.get('humo-demo') !== 'legacy',
  },
];
