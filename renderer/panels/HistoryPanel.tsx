import { useCallback, useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { HistoryStatus, NoteVersionInfo } from '../../shared/history';
import { api, errorMessage } from '../api';
import { Modal } from '../ui/Modal';
import type { PanelProps } from './panelTypes';
import { VersionView } from './VersionView';

/**
 * Ctrl/Cmd+Shift+Y: the open note's versions, newest first, each with its
 * time and the words it added and removed. Choosing one shows its text or
 * its difference from now, and can restore it (a new version: the text it
 * replaces stays in history).
 */
export function HistoryPanel({ selection, pane, show, onClose }: PanelProps): ReactNode {
  const [status, setStatus] = useState<HistoryStatus>();
  const [versions, setVersions] = useState<NoteVersionInfo[]>();
  const [chosen, setChosen] = useState(0);
  const [error, setError] = useState<string>();
  const [loads, setLoads] = useState(0);
  const noteId = selection?.id;

  useEffect(() => {
    api()
      .history.status({})
      .then(setStatus, (e: unknown) => setError(errorMessage(e)));
  }, []);

  useEffect(() => {
    if (!noteId || !status?.enabled) return;
    let live = true;
    // What is typed now is a version to compare with: save it and commit before listing.
    void (pane.current?.flush() ?? Promise.resolve(true))
      .then(() => api().history.versions({ noteId }))
      .then(
        (found) => live && (setVersions(found), setChosen(0)),
        (e: unknown) => live && setError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [noteId, status?.enabled, pane, loads]);

  const turnOn = () =>
    void api()
      .history.setEnabled({ enabled: true })
      .then(setStatus, (e: unknown) => setError(errorMessage(e)));

  const restore = useCallback(
    async (version: NoteVersionInfo) => {
      if (!noteId) return;
      try {
        await pane.current?.flush();
        const done = await api().history.restore({ noteId, version: version.version });
        show(
          done.version
            ? `Restored the version of ${when(version.date)}. The text it replaced is the version before.`
            : 'The note already reads as that version.',
        );
        setLoads((n) => n + 1);
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [noteId, pane, show],
  );

  const onListKey = (event: KeyboardEvent) => {
    if (!versions?.length) return;
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      Home: -Infinity,
      End: Infinity,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    setChosen((i) => Math.max(0, Math.min(versions.length - 1, i + moves[event.key])));
  };

  const version = versions?.[chosen];
  return (
    <Modal label="History" onClose={onClose} className="history-panel">
      <h2>History</h2>
      {error ? <p role="alert">{error}</p> : null}
      {!noteId ? (
        <p>Open a talk to see its versions.</p>
      ) : status && !status.enabled ? (
        <div className="history-off">
          <p>
            History is off for this library. With it on, Confnotes keeps a version of every note a
            few seconds after you stop typing, in a git repository inside the library.
          </p>
          <button type="button" className="primary" onClick={turnOn}>
            Turn on history
          </button>
        </div>
      ) : !versions ? (
        <p className="loading">Reading history…</p>
      ) : versions.length === 0 ? (
        <p>No versions of this note yet: one is made a few seconds after you stop typing.</p>
      ) : (
        <div className="history-body">
          <ul
            role="listbox"
            aria-label="Versions"
            tabIndex={0}
            aria-activedescendant={`version-${chosen}`}
            onKeyDown={onListKey}
            className="history-versions"
          >
            {versions.map((v, i) => (
              <li
                key={v.version}
                id={`version-${i}`}
                role="option"
                aria-selected={i === chosen}
                onClick={() => setChosen(i)}
              >
                <span className="version-time">{when(v.date)}</span>{' '}
                <span
                  className="version-words"
                  aria-label={`${v.added} words added, ${v.removed} removed`}
                >
                  <ins>+{v.added}</ins> <del>−{v.removed}</del>
                </span>
                <span className="version-message">{v.message}</span>
              </li>
            ))}
          </ul>
          {version && noteId ? (
            <VersionView
              key={version.version}
              noteId={noteId}
              version={version}
              isCurrent={chosen === 0}
              onRestore={() => void restore(version)}
            />
          ) : null}
        </div>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}

/** A version's time, in the user's own zone and words. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
