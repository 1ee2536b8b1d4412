import type { DomainHandlers } from '../../shared/ipc/define';
import type { importContract } from '../../shared/ipc/import';
import type { CoreServices } from '../core/services';
import type { ChosenPaths } from './chosenPaths';

/**
 * The import domain: preview (a dry run) and run; progress goes out as
 * `import.onProgress` events. Paths are handles from the Import dialog, or
 * in the preview also paths (chosenPaths.ts).
 */
export function createImportHandlers(
  { importer }: CoreServices,
  chosen: ChosenPaths,
): DomainHandlers<typeof importContract> {
  return {
    preview: (input) =>
      importer.preview({ ...input, paths: chosen.resolve(input.paths, 'import') }),
    run: async (input) => importer.run({ ...input, paths: chosen.resolve(input.paths, 'import') }),
  };
}
