import { openHumoDb, type HumoDb } from './db';
import type { FirstPageCache } from './first-page-cache';
import { ingestBatch } from './ingest';
import { invalidateRows } from './row-cache';

/** Bench builds only (`vite build --mode bench`, used by `npm run bench:e2e`): exposes the real
 * store to the benchmark, which evaluates code in this service worker to time ingest batches
 * without the messaging around them. sw.ts calls this behind `import.meta.env.MODE === 'bench'`,
 * so normal builds drop this file. A module worker's functions are otherwise out of reach.
 * `getDb` is the router's own connection: ingest's row cache belongs to a connection, so writes
 * go through it (a second connection would write behind that cache); `openHumoDb` is for reads.
 * `dropRowCache` empties the cache, as a worker that was just woken has it. `firstPage` is the
 * popup's cached first page, which a store filled by messages would have kept current. */
export function installBenchProbe(getDb: () => Promise<HumoDb>, firstPage: FirstPageCache | undefined): void {
  Object.assign(globalThis, { humoBenchStore: { getDb, openHumoDb, ingestBatch, dropRowCache: invalidateRows, firstPage } });
}
