import type { ReactNode } from 'react';
import type { VersionChoice } from './useAutosave';

/**
 * Both versions of a note side by side, after a conflict or an outside
 * change while the user was editing; nothing is thrown away until they pick.
 */
export function VersionChoiceDialog({
  choice,
  onKeepMine,
  onTakeTheirs,
}: {
  choice: VersionChoice<{ body: string }>;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}): ReactNode {
  const why =
    choice.reason === 'conflict'
      ? 'This note was changed outside Confnotes while you were editing it.'
      : 'This note changed on disk, and you have unsaved edits.';
  return (
    <section className="version-choice" role="alertdialog" aria-label="Choose a version">
      <p>
        {why}
        {choice.conflictPath ? ` Your version is also kept as ${choice.conflictPath}.` : ''}
      </p>
      <div className="versions">
        <figure>
          <figcaption>Your version</figcaption>
          <pre aria-label="Your version">{choice.mine}</pre>
        </figure>
        <figure>
          <figcaption>Version on disk</figcaption>
          <pre aria-label="Version on disk">{choice.theirs.body}</pre>
        </figure>
      </div>
      <div className="actions">
        <button type="button" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Use the version on disk
        </button>
      </div>
    </section>
  );
}
