import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexStatus } from '../../../shared/search/types';
import type { IndexApi } from './indexApi';
import type { FromWorker, Method, ToWorker, WorkerInit } from './protocol';

/** The worker's file next to this one: `.ts` when running from source (tsx, vitest), `.js` when bundled. */
export function defaultWorkerUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./indexWorker.${extension}`, import.meta.url);
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * IndexApi over a worker thread: each call is a message with an id, each
 * answer settles that call's promise. A worker that dies fails every call
 * still waiting, with the reason, instead of leaving it hanging.
 */
export async function startIndexWorker(
  url: URL,
  init: WorkerInit,
  onStatus: (status: IndexStatus) => void,
): Promise<{ api: IndexApi; opened: IndexStatus; terminate: () => Promise<void> }> {
  const worker = spawnWorker(url, init);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | null = null;

  const opened = new Promise<IndexStatus>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'opened') resolve(message.status);
      else if (message.kind === 'failed')
        reject(new Error(`The search index could not open: ${message.message}`));
      else if (message.kind === 'status') onStatus(message.status);
      else {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.kind === 'result') call?.resolve(message.value);
        else call?.reject(new Error(message.message));
      }
    });
    const fail = (error: Error) => {
      failure = error;
      reject(error);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    };
    worker.on('error', (error) => fail(new Error(`The search worker failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new Error(`The search worker stopped (exit code ${code}).`)));
  });

  /** One method of the api: a message out, its answer (the method's result) back. */
  const call =
    <M extends Method>(method: M) =>
    (...args: Parameters<IndexApi[M]>) =>
      new Promise<Awaited<ReturnType<IndexApi[M]>>>((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        const settle = (value: unknown) => resolve(value as Awaited<ReturnType<IndexApi[M]>>);
        pending.set(id, { resolve: settle, reject });
        worker.postMessage({ id, method, args } satisfies ToWorker);
      });
  const api: IndexApi = {
    open: () => opened,
    sync: call('sync'),
    upsert: call('upsert'),
    remove: call('remove'),
    query: call('query'),
    warm: call('warm'),
    talks: call('talks'),
    values: call('values'),
    status: call('status'),
    rebuild: call('rebuild'),
    save: call('save'),
    close: call('close'),
  };
  return {
    api,
    opened: await opened,
    terminate: async () => {
      await worker.terminate();
    },
  };
}

/** A worker on `url`: the bundled `.js`, or a `.ts` source run through tsx. */
export function spawnWorker(url: URL, workerData: object): Worker {
  return url.pathname.endsWith('.ts')
    ? typeScriptWorker(url, workerData)
    : new Worker(url, { workerData });
}

/**
 * A worker running TypeScript sources (tests, the `confnotes` command under
 * tsx). `execArgv: ['--import', 'tsx']` works under plain tsx but not under
 * vitest, whose workers do not get the loader in time; registering tsx from
 * a small bootstrap and then importing the entry works under both.
 */
function typeScriptWorker(url: URL, init: object): Worker {
  // tsx's ESM entry (its CommonJS twin cannot register the loader from a worker).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `
    const { workerData } = require('node:worker_threads');
    import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });
  `;
  return new Worker(bootstrap, { eval: true, workerData: { ...init, tsxApi, entry: url.href } });
}
