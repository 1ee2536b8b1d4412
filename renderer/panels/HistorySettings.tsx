import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { HistoryStatus } from '../../shared/history';
import { api, errorMessage } from '../api';

/**
 * Preferences → History and sync: history on or off for this library, the
 * remote and its token (kept encrypted by the system, never in the library
 * or the settings), and a sync on demand.
 */
export function HistorySettings(): ReactNode {
  const [status, setStatus] = useState<HistoryStatus>();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api()
      .history.status({})
      .then(
        (found) => {
          setStatus(found);
          setUrl(found.remote ?? '');
        },
        (e: unknown) => setNote(errorMessage(e)),
      );
    return api().history.onStatus(setStatus);
  }, []);

  const run = async (work: () => Promise<HistoryStatus | void>) => {
    setBusy(true);
    setNote(undefined);
    try {
      const next = await work();
      if (next) setStatus(next);
    } catch (e) {
      setNote(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const saveRemote = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const next = await api().history.setRemote({ url, ...(token ? { token } : {}) });
      setToken('');
      setNote(url ? 'Remote saved.' : 'Remote removed.');
      return next;
    });
  };

  const syncNow = () =>
    void run(async () => {
      const report = await api().history.sync({});
      setNote(report.message);
    });

  if (!status) return null;
  return (
    <fieldset className="history-settings">
      <legend>History and sync</legend>
      <label>
        <input
          type="checkbox"
          checked={status.enabled}
          disabled={busy}
          onChange={(event) =>
            void run(() => api().history.setEnabled({ enabled: event.target.checked }))
          }
        />
        Keep a history of every note (a git repository inside the library)
      </label>
      {status.lastCheckpoint ? (
        <p className="hint">Last version: {status.lastCheckpoint.message}</p>
      ) : null}
      {status.enabled ? (
        <form onSubmit={saveRemote} aria-label="Sync remote">
          <label>
            Remote (https:// URL of a git repository)
            <input
              type="url"
              value={url}
              placeholder="https://github.com/you/conference-notes.git"
              onChange={(event) => setUrl(event.target.value)}
            />
          </label>
          <label>
            Token {status.token === 'stored' ? '(one is stored; type to replace it)' : ''}
            <input
              type="password"
              autoComplete="off"
              value={token}
              onChange={(event) => setToken(event.target.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            Save remote
          </button>{' '}
          <button type="button" disabled={busy || !status.remote} onClick={syncNow}>
            Sync now
          </button>
        </form>
      ) : null}
      {status.sync.message ? (
        <p className="hint" role="status">
          Last sync: {status.sync.message}
        </p>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </fieldset>
  );
}
