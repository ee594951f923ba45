import { useEffect, useState } from 'preact/hooks';
import type { StorageErrorInfo } from '../../shared/messages';
import { request } from '../../shared/messaging';
import { afterFirstPage } from '../first-page';

/** The background's last storage failure, if any (shown as a banner), asked for once the first
 * leaderboard rows are on screen. */
export function useStorageError(revision = 0): StorageErrorInfo | null {
  const [error, setError] = useState<StorageErrorInfo | null>(null);
  useEffect(() => {
    let live = true;
    afterFirstPage()
      .then(() => request('ui:status', {}))
      .then((s) => live && setError(s.lastStorageError))
      .catch(() => live && setError(null));
    return () => {
      live = false;
    };
  }, [revision]);
  return error;
}
