import { useState, type ReactNode } from 'react';
import { api, errorMessage } from '../api';

/** On a new library's welcome: the offer to keep every note's history from the start. */
export function HistoryOffer(): ReactNode {
  const [state, setState] = useState<'offered' | 'on' | 'working'>('offered');
  const [error, setError] = useState<string>();
  if (state === 'on') return <p role="status">History is on: every note keeps its versions.</p>;
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
                () => setState('on'),
                (e: unknown) => {
                  setState('offered');
                  setError(errorMessage(e));
                },
              );
          }}
        />
        Keep a history of every note (versions you can go back to, and sync through git)
      </label>
      {error ? <span role="alert">{error}</span> : null}
    </p>
  );
}
