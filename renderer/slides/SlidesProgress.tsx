import { useEffect, useState, type ReactNode } from 'react';
import type { SlidesStatus } from '../../shared/slides';
import { api, errorMessage } from '../api';

/**
 * The slide reader's progress in the status bar, with its pause button:
 * shown while images wait to be read (or reading is paused), hidden when
 * there is nothing to say.
 */
export function SlidesProgress(): ReactNode {
  const [status, setStatus] = useState<SlidesStatus>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    const stop = api().slides.onProgress((next) => live && setStatus(next));
    api()
      .slides.status({})
      .then((first) => live && setStatus((seen) => seen ?? first))
      .catch(() => {});
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!status || (status.state === 'idle' && !error) || status.state === 'unavailable') return null;
  const paused = status.state === 'paused';
  const toggle = () =>
    (paused ? api().slides.resume({}) : api().slides.pause({})).then(setStatus, (e: unknown) =>
      setError(errorMessage(e)),
    );
  return (
    <span className="slides-progress" role="status" aria-live="polite">
      <span>{describe(status)}</span>
      {status.pending > 0 || paused ? (
        <button
          type="button"
          className="slides-pause"
          aria-pressed={paused}
          aria-label={paused ? 'Resume reading slides' : 'Pause reading slides'}
          title={paused ? 'Resume reading slides' : 'Pause reading slides'}
          onClick={() => void toggle()}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
      ) : null}
      {error ? <span role="alert">{error}</span> : null}
    </span>
  );
}

function describe(status: SlidesStatus): string {
  const left = `${status.pending} image${status.pending === 1 ? '' : 's'} left`;
  if (status.state === 'paused') return `Slide reading paused (${left})`;
  if (status.state === 'waiting') return `Slides: waiting for typing to stop (${left})`;
  return `Reading slides… ${status.done} read, ${left}`;
}
