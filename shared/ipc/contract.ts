import type { DomainApi, DomainHandlers } from './define';
import { appContract } from './app';
import { libraryContract } from './library';
import { scheduleContract } from './schedule';
import { searchContract } from './search';
import { slidesContract } from './slides';
import { exportContract } from './export';
import { importContract } from './import';
import { filesContract } from './files';
import { historyContract } from './history';

/** The whole main ↔ renderer contract, one domain per file. */
export const contract = {
  app: appContract,
  library: libraryContract,
  search: searchContract,
  export: exportContract,
  import: importContract,
  schedule: scheduleContract,
  files: filesContract,
  history: historyContract,
  slides: slidesContract,
};

type Contract = typeof contract;

/** `window.api` as the renderer sees it. */
export type ConfnotesApi = { [D in keyof Contract]: DomainApi<Contract[D]> };

/** What main implements. */
export type ConfnotesHandlers = { [D in keyof Contract]: DomainHandlers<Contract[D]> };
