import type { ReactNode } from 'react';
import { ExportDialog } from './ExportDialog';
import { HistoryPanel } from './HistoryPanel';
import { ImportDialog } from './ImportDialog';
import { NowView } from './NowView';
import type { PanelName, PanelProps } from './panelTypes';
import { SearchPanel } from './SearchPanel';
import { TrashView } from './TrashView';

/** The panels of the other features (search, export, import, now, history, trash), one at a time. */
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
    case 'trash':
      return <TrashView {...props} />;
  }
}
