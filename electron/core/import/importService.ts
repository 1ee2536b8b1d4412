import type { ImportInput, ImportProgress, ImportReport } from '../../../shared/ipc/import';
import type { LibraryService } from '../library/types';
import { applyPlan } from './applyPlan';
import { buildPlan } from './buildPlan';

/**
 * Importing past conferences: `preview` reads the sources and reports what
 * `run` would create or change without writing; `run` imports. Progress of
 * either goes to every `onProgress` listener (the app forwards it to the
 * window) and to the call's own callback (the command line).
 */
export interface ImportService {
  preview(
    input: ImportInput,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportReport>;
  run(input: ImportInput, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
  onProgress(listener: (progress: ImportProgress) => void): () => void;
}

export function createImportService(library: LibraryService): ImportService {
  const listeners = new Set<(progress: ImportProgress) => void>();
  const importPaths = async (
    input: ImportInput,
    dryRun: boolean,
    own?: (p: ImportProgress) => void,
  ) => {
    const report = (progress: ImportProgress) => {
      own?.(progress);
      for (const listener of listeners) listener(progress);
    };
    const plan = await buildPlan(input.paths, report, input.review);
    if (!dryRun) await library.checkpoint('Before an import');
    return applyPlan(library, plan, { dryRun, conference: input.conference, onProgress: report });
  };
  return {
    preview: (input, onProgress) => importPaths(input, true, onProgress),
    run: (input, onProgress) => importPaths(input, false, onProgress),
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
