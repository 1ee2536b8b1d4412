import type { DomainHandlers } from '../../shared/ipc/define';
import type { importContract } from '../../shared/ipc/import';
import type { CoreServices } from '../core/services';

/** The import domain: preview (a dry run) and run; progress goes out as `import.onProgress` events. */
export function createImportHandlers({
  importer,
}: CoreServices): DomainHandlers<typeof importContract> {
  return {
    preview: (input) => importer.preview(input),
    run: (input) => importer.run(input),
  };
}
