import type { SyncProblem } from '../../../shared/history';
import type { ApiErrorCode } from '../../../shared/ipc/define';
import type { HistoryOps } from './historyOps';

/** The HistoryOps methods the main process may call in the worker. */
export type HistoryMethod =
  | 'state'
  | 'enable'
  | 'disable'
  | 'checkpoint'
  | 'reconcile'
  | 'digest'
  | 'versions'
  | 'versionText'
  | 'diff'
  | 'setRemote'
  | 'pull'
  | 'finishMerge'
  | 'release'
  | 'push';

export type HistoryApi = Pick<HistoryOps, HistoryMethod>;

export interface ToHistoryWorker {
  id: number;
  method: HistoryMethod;
  args: unknown[];
}

export type FromHistoryWorker =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      message: string;
      /** A SyncError's problem. */
      problem?: SyncProblem;
      /** A CoreError's code: a mistake to tell the user as it is. */
      code?: ApiErrorCode;
    };
