// Service worker entry. Listeners must be registered in the first turn of the event loop so a
// message or command can wake a stopped worker; main() does that synchronously.
import { main } from './index';

main();
