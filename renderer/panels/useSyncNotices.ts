import { useEffect, useRef } from 'react';
import type { HistoryStatus } from '../../shared/history';
import { api } from '../api';

/**
 * Tells the user what a sync did that they must know: notes changed on both
 * sides (both texts kept, the other side's in a conflict copy) and refusals
 * (a token refused, a remote that is no Confnotes library). Offline is
 * normal and says nothing. Coming back online starts a sync.
 */
export function useSyncNotices(show: (text: string) => void): void {
  const last = useRef<string>(undefined);
  useEffect(() => {
    const stop = api().history.onStatus((status: HistoryStatus) => {
      const { sync } = status;
      if (!sync.at || sync.at === last.current) return;
      if (sync.state === 'synced' && sync.conflicts?.length) {
        last.current = sync.at;
        show(
          `Sync kept both versions of ${sync.conflicts.length === 1 ? 'a note' : `${sync.conflicts.length} notes`} changed on both sides: the other side’s text is in ${sync.conflicts.map((c) => c.split('/').pop()).join(', ')}.`,
        );
      } else if (sync.state === 'failed' && sync.message) {
        last.current = sync.at;
        show(`Sync: ${sync.message}`);
      }
    });
    const online = () =>
      void api()
        .history.status({})
        .then((status) => (status.enabled && status.remote ? api().history.sync({}) : undefined))
        .catch(() => {});
    window.addEventListener('online', online);
    return () => {
      stop();
      window.removeEventListener('online', online);
    };
  }, [show]);
}
