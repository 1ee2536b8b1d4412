import type { ReactNode, RefObject } from 'react';
import type { LibraryTree } from '../../shared/library';
import type { NotePaneHandle } from '../app/NotePane';
import type { Selection } from '../app/OpenNote';
import type { Toast } from '../app/Toasts';
import { ExportDialog } from './ExportDialog';
import { HistoryPanel } from './HistoryPanel';
import { ImportDialog } from './ImportDialog';
import { NowView } from './NowView';
import { SearchPanel } from './SearchPanel';
import type { TalkListing } from './TalkList';

export type PanelName = 'search' | 'export' | 'import' | 'now' | 'history';

/** What every panel may use: the library, the open note, and a way to open another. */
export interface PanelProps {
  tree: LibraryTree | undefined;
  selection: Selection | undefined;
  pane: RefObject<NotePaneHandle | null>;
  open: (target: Selection, then?: (pane: NotePaneHandle) => void) => Promise<void>;
  show: (text: string, action?: Toast['action']) => void;
  onClose: () => void;
  /** Opens the speaker or tag view in place of this panel. */
  showTalks: (listing: TalkListing) => void;
}

/** The panels of the other features (search, export, import, now), one at a time. */
export function Panels({ panel, ...props }: PanelProps & { panel: PanelName }): ReactNode {
  switch (panel) {
    case 'search':
      return <SearchPanel {...props} />;
    case 'export':
      return <ExportDialog {...props} />;
    case 'import':
      return <ImportDialog {...props} />;
    case 'now':
      return <NowView {...props} />;
    case 'history':
      return <HistoryPanel {...props} />;
  }
}
