import type { ReactNode } from 'react';
import type { ChosenFile } from '../../shared/ipc/files';
import { ChooseFile, ChosenLabel } from './ChooseFile';

/**
 * The import's "what to import": files or folders chosen in main's open
 * dialog (a handle each time; the page never names a path).
 */
export function ImportSources({
  chosen,
  onChosen,
  onError,
  disabled,
}: {
  chosen: ChosenFile | undefined;
  onChosen: (chosen: ChosenFile) => void;
  onError: (message: string) => void;
  disabled?: boolean;
}): ReactNode {
  return (
    <div className="import-sources">
      <p>
        To import: <ChosenLabel chosen={chosen} empty="nothing chosen yet" />
      </p>
      <ChooseFile
        request={{ purpose: 'import' }}
        label="Choose files…"
        onChosen={onChosen}
        onError={onError}
        disabled={disabled}
      />{' '}
      <ChooseFile
        request={{ purpose: 'import', folders: true }}
        label="Choose folders…"
        onChosen={onChosen}
        onError={onError}
        disabled={disabled}
      />
    </div>
  );
}
