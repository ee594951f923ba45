import type { CDPSession } from 'playwright-core';

/** Stops every service worker through DevTools and waits until one is reported stopped (at most
 * 3 s). The session must have `ServiceWorker.enable` sent. Used by the fault tests and by the
 * benchmark of a popup opened while the worker sleeps. */
export async function stopWorkers(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const onUpdate = (event: { versions: { runningStatus: string }[] }): void => {
      if (event.versions.some((v) => v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((r) => setTimeout(r, 3_000))]);
}
