import { memo, type ReactNode } from 'react';
import type { LibraryView } from './library/libraryView';
import { LibraryTree } from './library/LibraryTree';
import { useFolds } from './library/useFolds';
import type { Selection } from './selection';
import type { SidebarActions } from './sidebarActions';
import { ariaShortcut, shortcutLabel } from './useShortcuts';

/**
 * The `Library` navigation: the new-conference and new-talk actions, the
 * library as a tree of years, conferences and talks (see LibraryTree), the
 * files with problems, and the way to the trash. Memoised: the window re-renders while a note is
 * typed into, the sidebar only when the library, the open note or its
 * actions change.
 */
export const Sidebar = memo(function Sidebar({
  library,
  libraryPath,
  current,
  actions,
  onTrash,
}: {
  library: LibraryView | undefined;
  /** The library folder: its folding is its own. */
  libraryPath?: string;
  current?: Selection;
  actions: SidebarActions;
  /** Opens the trash (what was deleted). */
  onTrash: () => void;
}): ReactNode {
  const { folds, setFolds } = useFolds(libraryPath);
  const newTalk = shortcutLabel('new-talk');
  const newConference = shortcutLabel('new-conference');
  return (
    <nav aria-label="Library" className="sidebar">
      <div className="sidebar-actions">
        <button
          type="button"
          onClick={actions.newConference}
          title={newConference ? `New conference (${newConference})` : undefined}
          aria-keyshortcuts={ariaShortcut('new-conference')}
        >
          New conference
        </button>
        <button
          type="button"
          onClick={() => actions.newTalk()}
          disabled={!library?.conferences.length}
          title={newTalk ? `New talk (${newTalk})` : undefined}
          aria-keyshortcuts={ariaShortcut('new-talk')}
        >
          New talk
        </button>
      </div>
      {folds ? (
        <LibraryTree
          library={library}
          current={current}
          actions={actions}
          folds={folds}
          setFolds={setFolds}
        />
      ) : null}
      {library?.problems.length ? (
        <details className="problems">
          <summary>{library.problems.length} file(s) with problems</summary>
          <ul>
            {library.problems.map((problem) => (
              <li key={problem.path}>
                {problem.path}: {problem.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="sidebar-footer">
        <button type="button" onClick={onTrash} title="Deleted talks and conferences">
          Trash
        </button>
      </div>
    </nav>
  );
});
