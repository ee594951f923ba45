import { useEffect, useState } from 'preact/hooks';
import type { StorageErrorInfo } from '../../shared/messages';
import { request } from '../../shared/messaging';

/** The background's last storage failure, if any (shown as a banner). */
export function useStorageError(revision = 0): StorageErrorInfo | null {
  const [error, setError] = useState<StorageErrorInfo | null>(null);
  useEffect(() => {
    let live = true;
    request('ui:status', {})
      .then((s) => live && setError(s.lastStorageError))
      .catch(() => live && setError(null));
    return () => {
      live = false;
    };
  }, [revision]);
  return error;
}
