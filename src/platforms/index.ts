import type { PlatformAdapter } from './types';
import { xAdapter } from './x';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';

/** Every supported site. Adding one means: an adapter here, a manifest match, a demo feed
 * (demo/sites.ts) and a selector table — test/unit/platforms/registry.test.ts checks all four. */
export const ADAPTERS: readonly PlatformAdapter[] = [xAdapter, facebookAdapter, linkedinAdapter];

export function adapterForHost(hostname: string): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matchesHost(hostname)) ?? null;
}
