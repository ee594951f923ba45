import { openHumoDb } from './db';
import { ingestBatch } from './ingest';

/** Bench builds only (`vite build --mode bench`, used by `npm run bench:e2e`): exposes the real
 * store to the benchmark, which evaluates code in this service worker to time ingest batches
 * without the messaging around them. sw.ts calls this behind `import.meta.env.MODE === 'bench'`,
 * so normal builds drop this file. A module worker's functions are otherwise out of reach. */
export function installBenchProbe(): void {
  Object.assign(globalThis, { humoBenchStore: { openHumoDb, ingestBatch } });
}
