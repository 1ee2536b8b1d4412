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
  /** What runs now, said while it runs: the first version of a big library takes a while. */
  const [working, setWorking] = useState<string>();
  const busy = working !== undefined;

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

  const run = async (doing: string, work: () => Promise<HistoryStatus | void>) => {
    setWorking(doing);
    setNote(undefined);
    try {
      const next = await work();
      if (next) setStatus(next);
    } catch (e) {
      setNote(errorMessage(e));
    } finally {
      setWorking(undefined);
    }
  };

  const saveRemote = (event: FormEvent) => {
    event.preventDefault();
    void run('Saving the remote…', async () => {
      const next = await api().history.setRemote({ url, ...(token ? { token } : {}) });
      setToken('');
      setNote(url ? 'Remote saved.' : 'Remote removed.');
      return next;
    });
  };

  const syncNow = () =>
    void run(
      'Syncing: bringing in the remote’s changes, then sending this library’s…',
      async () => {
        const report = await api().history.sync({});
        setNote(report.message);
      },
    );

  if (!status) return null;
  return (
    <fieldset className="history-settings">
      <legend>History and sync</legend>
      <label>
        <input
          type="checkbox"
          checked={status.enabled}
          disabled={busy}
          onChange={(event) => {
            const enabled = event.target.checked;
            void run(
              enabled ? 'Making the first version of the whole library…' : 'Turning history off…',
              () => api().history.setEnabled({ enabled }),
            );
          }}
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
      {working ? <p role="status">{working}</p> : null}
      {note ? <p role="status">{note}</p> : null}
    </fieldset>
  );
}
