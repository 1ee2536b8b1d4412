import type { ConfnotesHandlers } from '../../shared/ipc/contract';
import type { CoreServices } from '../core/services';
import { createAppHandlers, type AppHost } from './app';
import { ChosenPaths } from './chosenPaths';
import { createExportHandlers } from './export';
import { createFileHandlers, type FileHost } from './files';
import { createHistoryHandlers } from './history';
import { createImportHandlers } from './import';
import { createLibraryHandlers } from './library';
import { createScheduleHandlers } from './schedule';
import { createSearchHandlers } from './search';
import { createSlidesHandlers } from './slides';

/** What the handlers need from their host: the app shell, or the preview server. */
export interface HandlerHost extends AppHost, FileHost {
  /**
   * Whether import, schedule and export calls may name paths (the preview)
   * or must carry handles from `files.choose` (the app's window).
   */
  rawPaths: 'accept' | 'refuse';
}

/** Every domain's handlers over one set of core services. */
export function createHandlers(services: CoreServices, host: HandlerHost): ConfnotesHandlers {
  const chosen = new ChosenPaths(host.rawPaths);
  return {
    app: createAppHandlers(host),
    library: createLibraryHandlers(services),
    search: createSearchHandlers(services),
    export: createExportHandlers(services, chosen),
    import: createImportHandlers(services, chosen),
    schedule: createScheduleHandlers(services, chosen),
    files: createFileHandlers(chosen, host),
    history: createHistoryHandlers(services),
    slides: createSlidesHandlers(services),
  };
}
