import type { IndexStatus } from '../../../shared/search/types';
import type { IndexApi } from './indexApi';

/** Messages between the SearchService (main thread) and the index worker. */
export type Method = Exclude<keyof IndexApi, 'open'>;

export interface WorkerInit {
  dataDir: string;
  libraryRoot: string;
}

export type ToWorker = { id: number; method: Method; args: unknown[] };

export type FromWorker =
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; message: string }
  | { kind: 'status'; status: IndexStatus }
  | { kind: 'opened'; status: IndexStatus }
  | { kind: 'failed'; message: string };
