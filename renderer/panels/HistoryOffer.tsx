import { useEffect, useState, type ReactNode } from 'react';
import { api, errorMessage } from '../api';

type OfferState = 'asking' | 'offered' | 'working' | 'turned-on' | 'already-on';

/** On a new library's welcome: the offer to keep every note's history from the start. */
export function HistoryOffer(): ReactNode {
  const [state, setState] = useState<OfferState>('asking');
  const [error, setError] = useState<string>();
  useEffect(() => {
    api()
      .history.status({})
      .then(
        (status) => setState(status.enabled ? 'already-on' : 'offered'),
        () => setState('offered'),
      );
  }, []);
  if (state === 'asking' || state === 'already-on') return null;
  if (state === 'turned-on') {
    return <p role="status">History is on: every note keeps its versions.</p>;
  }
  return (
    <p className="history-offer">
      <label>
        <input
          type="checkbox"
          disabled={state === 'working'}
          onChange={(event) => {
            if (!event.target.checked) return;
            setState('working');
            api()
              .history.setEnabled({ enabled: true })
              .then(
                () => setState('turned-on'),
                (e: unknown) => {
                  setState('offered');
                  setError(errorMessage(e));
                },
              );
          }}
        />
        Keep a history of every note (versions you can go back to, and sync through git)
      </label>
      {state === 'working' ? (
        <span role="status"> Making the first version of the whole library…</span>
      ) : null}
      {error ? <span role="alert">{error}</span> : null}
    </p>
  );
}
