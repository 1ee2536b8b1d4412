import { parentPort, workerData } from 'node:worker_threads';
import { HistoryOps } from './historyOps';
import { CoreError } from '../errors';
import { SyncError } from './gitRemote';
import type { FromHistoryWorker, ToHistoryWorker } from './historyProtocol';

/**
 * The history worker thread: git's hashing, compressing and tree building
 * (tens to hundreds of milliseconds a checkpoint in a library of 10,000
 * notes, whole seconds for a first commit or a sync) run here, so the main
 * process's event loop, which serves every save, never waits for them.
 * Calls run one at a time, in the order they came.
 */
const ops = new HistoryOps((workerData as { dir: string }).dir);
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', (message: ToHistoryWorker) => {
  queue = queue.then(async () => {
    let answer: FromHistoryWorker;
    try {
      const run = (...args: unknown[]) =>
        (ops[message.method] as (this: HistoryOps, ...a: unknown[]) => Promise<unknown>).apply(
          ops,
          args,
        );
      answer = { id: message.id, ok: true, value: await run(...message.args) };
    } catch (error) {
      answer = {
        id: message.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof SyncError ? { problem: error.problem } : {}),
        ...(error instanceof CoreError ? { code: error.code } : {}),
      };
    }
    parentPort!.postMessage(answer);
  });
});
