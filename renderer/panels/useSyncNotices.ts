import { useEffect, useRef } from 'react';
import type { HistoryStatus } from '../../shared/history';
import { api } from '../api';
import type { ShowToast } from '../app/Toasts';

/**
 * Tells the user what a sync did that they must know: notes changed on both
 * sides (both texts kept, the other side's in a conflict copy) and refusals
 * (a token refused, a remote that is no Confnotes library), each until the
 * user dismisses it, a refusal once until a sync succeeds. Offline is normal
 * and says nothing. Coming back online starts a sync.
 */
export function useSyncNotices(show: ShowToast): void {
  const last = useRef<string>(undefined);
  // The refusal last told: the timer meets it again every ten minutes, and once is enough.
  const refusal = useRef<string>(undefined);
  useEffect(() => {
    const stop = api().history.onStatus((status: HistoryStatus) => {
      const { sync } = status;
      if (!sync.at || sync.at === last.current) return;
      if (sync.state === 'synced') refusal.current = undefined;
      if (sync.state === 'synced' && sync.conflicts?.length) {
        last.current = sync.at;
        show(
          `Sync kept both versions of ${sync.conflicts.length === 1 ? 'a note' : `${sync.conflicts.length} notes`} changed on both sides: the other side’s text is in ${sync.conflicts.map((c) => c.split('/').pop()).join(', ')}.`,
          undefined,
          // A timed sync may run while no one looks: this stays until read.
          { stay: true },
        );
      } else if (sync.state === 'failed' && sync.message && sync.message !== refusal.current) {
        last.current = sync.at;
        refusal.current = sync.message;
        show(`Sync: ${sync.message}`, undefined, { stay: true });
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
