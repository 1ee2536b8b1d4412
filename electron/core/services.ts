import { ExportService } from './export/exportService';
import { environmentCredentials, type SyncCredentials } from './history/credentials';
import { HistoryService, type HistoryOptions } from './history/historyService';
import { createImportService, type ImportService } from './import/importService';
import { FileLibrary } from './library/fileLibrary';
import type { LibraryService } from './library/types';
import { ScheduleService } from './schedule/scheduleService';
import { SearchService } from './search/searchService';
import { installedOcrFilesOrNull } from './slides/ocrFiles';
import { SlidesService } from './slides/slidesService';

/** Where the core keeps things: the user's library, and the app's own data (index, caches). */
export interface CoreOptions {
  libraryRoot: string;
  /** App data, never inside the library (which may be synced). */
  dataDir: string;
  clock?: () => Date;
  /** Where the sync token comes from: the app's encrypted store; by default the environment. */
  credentials?: SyncCredentials;
  /** Checkpoint timings, the sync timer and the start-up comparison (the app turns the last two on). */
  history?: Pick<HistoryOptions, 'timings' | 'syncEveryMs' | 'reconcileOnOpen'>;
  /**
   * A folder holding the slide reader's files (tesseractWorker.cjs and a
   * node_modules with tesseract.js and its language data): the packaged
   * app's resources. By default they are found where this code runs.
   */
  ocrRoot?: string;
}

/**
 * Every core service, wired once. The Electron shell, the preview server and
 * the `confnotes` command all start here, so they run the same code.
 */
export interface CoreServices {
  readonly options: CoreOptions;
  readonly library: LibraryService;
  readonly exporter: ExportService;
  readonly importer: ImportService;
  readonly schedule: ScheduleService;
  /** Full-text search; its index worker starts on first use or `search.start()`. */
  readonly search: SearchService;
  /** Versions of the notes and sync, when the library has history turned on. */
  readonly history: HistoryService;
  /** Reads the text of the images in notes for search; reads only once `slides.start()` (or `drain()`). */
  readonly slides: SlidesService;
  close(): Promise<void>;
}

export async function createCoreServices(options: CoreOptions): Promise<CoreServices> {
  const library = await FileLibrary.open(options.libraryRoot, { clock: options.clock });
  const slides = new SlidesService({
    library,
    dataDir: options.dataDir,
    files: options.ocrRoot ? installedOcrFilesOrNull(options.ocrRoot) : undefined,
  });
  const search = new SearchService({ library, dataDir: options.dataDir, slides });
  const history = await HistoryService.open({
    library,
    credentials: options.credentials ?? environmentCredentials(),
    ...options.history,
  });
  return {
    options,
    library,
    exporter: new ExportService(library),
    importer: createImportService(library),
    schedule: new ScheduleService(library, { clock: options.clock }),
    search,
    history,
    slides,
    async close() {
      await slides.close();
      await search.close();
      // After the window's last save and before the library closes: the last checkpoint.
      await history.close();
      await library.close();
    },
  };
}
