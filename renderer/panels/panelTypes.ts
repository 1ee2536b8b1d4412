import type { RefObject } from 'react';
import type { LibraryView } from '../app/library/libraryView';
import type { NotePaneHandle } from '../app/NotePane';
import type { Selection } from '../app/selection';
import type { Toast } from '../app/Toasts';

/*
 * The types the app's shell and its panels share, in a module of their own
 * that imports no panel: a panel and Panels.tsx, or the open note and the
 * talk list, then never import each other.
 */

export type PanelName = 'search' | 'export' | 'import' | 'now' | 'history' | 'trash';

/** Which talks to list: everything by one speaker, or everything with one tag. */
export type TalkListing = { by: 'speaker' | 'tag'; value: string };

/** What every panel may use: the library, the open note, and a way to open another. */
export interface PanelProps {
  tree: LibraryView | undefined;
  selection: Selection | undefined;
  pane: RefObject<NotePaneHandle | null>;
  open: (target: Selection, then?: (pane: NotePaneHandle) => void) => Promise<void>;
  show: (text: string, action?: Toast['action']) => void;
  onClose: () => void;
  /** Opens the speaker or tag view in place of this panel. */
  showTalks: (listing: TalkListing) => void;
}
