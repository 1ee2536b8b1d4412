import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createImportService,
  type ImportService,
} from '../../../electron/core/import/importService';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { tempDir } from '../../helpers/tempLibrary';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
/** The attendees' write-ups, beside the repository (CI clones it elsewhere than /work). */
export const NOTES = sharedNotesDir();

export interface ImportBench {
  /** A scratch folder holding `library/` and `sources/`. */
  dir: string;
  library: FileLibrary;
  importer: ImportService;
  /** A private copy of test/fixtures/import/<name>, safe to change. */
  copy: (name: string) => Promise<string>;
}

/** A real library in a temporary folder, and the import service on it. */
export async function importBench(): Promise<ImportBench> {
  const dir = await tempDir('confnotes-import-');
  const library = await FileLibrary.open(join(dir, 'library'));
  return {
    dir,
    library,
    importer: createImportService(library),
    copy: async (name) => {
      const target = join(dir, 'sources', name);
      await cp(join(FIXTURES, name), target, { recursive: true });
      return target;
    },
  };
}
