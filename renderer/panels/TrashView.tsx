import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { TrashEntry } from '../../shared/library';
import { api, errorMessage } from '../api';
import type { LibraryView } from '../app/library/libraryView';
import { Modal } from '../ui/Modal';
import { when } from './HistoryPanel';
import type { PanelProps } from './panelTypes';

/**
 * The library's trash (Go ▸ Trash…, or the sidebar's Trash button): what
 * was deleted, newest first, with where it was and when it went; each can
 * be restored, and the whole trash emptied after a confirmation that says
 * whether history keeps a version of what goes.
 */
export function TrashView({ tree, open, show, onClose }: PanelProps): ReactNode {
  const [entries, setEntries] = useState<TrashEntry[]>();
  const [historyOn, setHistoryOn] = useState(false);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const emptyButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    api()
      .library.listTrash({})
      .then(setEntries, (e: unknown) => setError(errorMessage(e)));
    api()
      .history.status({})
      .then(
        (status) => setHistoryOn(status.enabled),
        () => setHistoryOn(false),
      );
  }, []);

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const restore = useCallback(
    async (entry: TrashEntry, index: number) => {
      setError(undefined);
      try {
        const { id } = await api().library.restore({ trashId: entry.trashId });
        setEntries((all) => all?.filter((e) => e.trashId !== entry.trashId));
        show(`Restored “${entry.title}”.`, {
          label: 'Open',
          run: () => {
            onClose();
            void open({ entity: entry.kind, id });
          },
        });
        // Focus goes to the next item's button (or the heading once none is left), never lost.
        requestAnimationFrame(() => {
          const buttons = document.querySelectorAll<HTMLButtonElement>('.trash-restore');
          (buttons[Math.min(index, buttons.length - 1)] ?? heading.current)?.focus();
        });
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [open, show, onClose],
  );

  const empty = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { removed } = await api().library.emptyTrash({});
      setEntries([]);
      setConfirming(false);
      show(
        `Emptied the trash: ${plural(removed, 'item')} removed for good.` +
          (historyOn ? ' History keeps a version of each.' : ''),
      );
      heading.current?.focus();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const count = entries?.length ?? 0;
  return (
    <Modal label="Trash" onClose={onClose} className="trash-view">
      <h2 ref={heading} tabIndex={-1}>
        Trash
      </h2>
      {error ? <p role="alert">{error}</p> : null}
      {!entries ? (
        <p className="loading">Reading the trash…</p>
      ) : count === 0 ? (
        <p>The trash is empty. Deleted talks and conferences wait here until you empty it.</p>
      ) : (
        <table className="trash-items">
          <caption>{plural(count, 'deleted item')}, most recently deleted first</caption>
          <thead>
            <tr>
              <th scope="col">Deleted</th>
              <th scope="col">Item</th>
              <th scope="col">Was in</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={entry.trashId}>
                <td>
                  <time dateTime={entry.deletedAt}>{when(entry.deletedAt)}</time>
                </td>
                <th scope="row">
                  {entry.title}{' '}
                  <span className="trash-kind">
                    {entry.kind === 'talk' ? 'talk' : 'conference'}
                  </span>
                </th>
                <td className="trash-where">{where(entry, tree)}</td>
                <td>
                  <button
                    type="button"
                    className="trash-restore"
                    aria-label={`Restore “${entry.title}”`}
                    onClick={() => void restore(entry, index)}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming ? (
        <div
          role="alertdialog"
          aria-modal="false"
          aria-labelledby="trash-confirm-title"
          aria-describedby="trash-confirm-text"
          className="trash-confirm"
        >
          <h3 id="trash-confirm-title">Empty the trash?</h3>
          <p id="trash-confirm-text">
            {plural(count, 'item')} will be removed from the library for good.{' '}
            {historyOn
              ? 'History keeps a version of each, which git can bring back.'
              : 'History is off for this library: this cannot be undone.'}
          </p>
          <div className="actions">
            <button
              ref={cancel}
              type="button"
              onClick={() => {
                setConfirming(false);
                emptyButton.current?.focus();
              }}
            >
              Cancel
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void empty()}>
              Empty trash
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button
          ref={emptyButton}
          type="button"
          disabled={count === 0}
          onClick={() => setConfirming(true)}
        >
          Empty trash…
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

/** Where the item was: a talk's conference (by title while it exists), or the library. */
function where(entry: TrashEntry, tree: LibraryView | undefined): string {
  const slash = entry.originalPath.lastIndexOf('/');
  if (entry.kind !== 'talk' || slash <= 0) return 'the library';
  const folder = entry.originalPath.slice(0, slash);
  return tree?.conferences.find((c) => c.folder === folder)?.meta.title ?? folder;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
