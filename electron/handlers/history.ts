import type { DomainHandlers } from '../../shared/ipc/define';
import type { historyContract } from '../../shared/ipc/history';
import type { CoreServices } from '../core/services';

/** The history domain: a straight mapping onto HistoryService. */
export function createHistoryHandlers({
  history,
}: CoreServices): DomainHandlers<typeof historyContract> {
  return {
    status: () => history.status(),
    setEnabled: ({ enabled }) => history.setEnabled(enabled),
    versions: ({ noteId, limit }) => history.versions(noteId, limit),
    version: ({ noteId, version }) => history.version(noteId, version),
    diff: ({ noteId, version }) => history.diff(noteId, version),
    restore: ({ noteId, version }) => history.restore(noteId, version),
    setRemote: ({ url, token }) => history.setRemote(url, token),
    sync: () => history.sync(),
  };
}
