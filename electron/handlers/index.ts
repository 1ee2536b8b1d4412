import type { ConfnotesHandlers } from '../../shared/ipc/contract';
import type { CoreServices } from '../core/services';
import { createAppHandlers, type AppHost } from './app';
import { createExportHandlers } from './export';
import { createHistoryHandlers } from './history';
import { createImportHandlers } from './import';
import { createLibraryHandlers } from './library';
import { createScheduleHandlers } from './schedule';
import { createSearchHandlers } from './search';
import { createSlidesHandlers } from './slides';

/** Every domain's handlers over one set of core services. */
export function createHandlers(services: CoreServices, host: AppHost): ConfnotesHandlers {
  return {
    app: createAppHandlers(host),
    library: createLibraryHandlers(services),
    search: createSearchHandlers(services),
    export: createExportHandlers(services),
    import: createImportHandlers(services),
    schedule: createScheduleHandlers(services),
    history: createHistoryHandlers(services),
    slides: createSlidesHandlers(services),
  };
}
