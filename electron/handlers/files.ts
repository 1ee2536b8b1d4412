import { basename } from 'node:path';
import type { DomainHandlers } from '../../shared/ipc/define';
import type { ChooseRequest, filesContract } from '../../shared/ipc/files';
import type { ChosenPaths } from './chosenPaths';

/** What the files domain needs from its host: the app's dialogs, or the preview's typed paths. */
export interface FileHost {
  /** Asks the person; the absolute paths chosen, or null when they cancelled. */
  chooseFiles(request: ChooseRequest): Promise<string[] | null>;
}

/** The files domain: a choice in a dialog becomes a handle for the renderer. */
export function createFileHandlers(
  chosen: ChosenPaths,
  host: FileHost,
): DomainHandlers<typeof filesContract> {
  return {
    choose: async (request) => {
      const paths = await host.chooseFiles(request);
      if (!paths || paths.length === 0) return null;
      return {
        handle: chosen.remember(request.purpose, paths),
        label:
          paths.length === 1
            ? paths[0]
            : `${paths.length} items: ${paths.map((p) => basename(p)).join(', ')}`,
        count: paths.length,
      };
    },
  };
}
