// The popup's first script, a classic one that index.html runs before the module graph has
// loaded (build/early-script.ts): the background can answer the first leaderboard page while
// Preact and the rest are still being fetched and compiled.
import { askFirstPage } from './first-page';

void askFirstPage();
