import type { ReactNode } from 'react';
import type { SaveState } from './noteSaver';

const TEXT: Record<SaveState['kind'], string> = {
  saved: 'Saved',
  unsaved: 'Edited',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Conflict',
};

/** The save status: a live `status` region whose text says `Saved` only when everything is on disk. */
export function SaveStatus({ state }: { state: SaveState }): ReactNode {
  const detail = state.kind === 'error' || state.kind === 'conflict' ? state.message : undefined;
  return (
    <div role="status" className={`save-status save-${state.kind}`} title={detail}>
      {TEXT[state.kind]}
      {detail ? <span className="save-detail">: {detail}</span> : null}
    </div>
  );
}
