import type { ReactNode } from 'react';
import type { SaveState } from './noteSaver';

const TEXT: Record<SaveState['kind'], string> = {
  saved: 'Saved',
  unsaved: 'Edited',
  saving: 'Saving…',
  error: 'Save failed',
  conflict: 'Conflict',
};

/**
 * The save status: a live `status` region whose text is `Saved` only when
 * everything is on disk (no other state's text contains the word, so a
 * screen reader and a test can trust it). What went wrong is an alert beside it.
 */
export function SaveStatus({ state }: { state: SaveState }): ReactNode {
  const detail = state.kind === 'error' || state.kind === 'conflict' ? state.message : undefined;
  return (
    <div className="save-line">
      <span role="status" className={`save-status save-${state.kind}`}>
        {TEXT[state.kind]}
      </span>
      {detail ? (
        <span role="alert" className="save-detail">
          {detail}
        </span>
      ) : null}
    </div>
  );
}
