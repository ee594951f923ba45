// Service worker entry. Listeners must be registered in the first turn of the event loop so a
// message or command can wake a stopped worker; main() does that synchronously.
import { installBenchProbe } from './bench-probe';
import { main } from './index';

const { getDb, firstPage } = main();
// `npm run bench:e2e` only: Vite turns the test into a constant, so normal builds drop the probe.
if (import.meta.env.MODE === 'bench') installBenchProbe(getDb, firstPage);
