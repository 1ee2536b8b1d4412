import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../search/workerClient';
import { CoreError } from '../errors';
import { SyncError } from './gitRemote';
import type {
  FromHistoryWorker,
  HistoryApi,
  HistoryMethod,
  ToHistoryWorker,
} from './historyProtocol';

/** The worker's file next to this one: `.ts` from source (tsx, vitest), `.js` when bundled. */
function defaultHistoryWorkerUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./historyWorker.${extension}`, import.meta.url);
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * HistoryApi over the history worker thread, started on the first call.
 * Errors come back as they were thrown (a SyncError keeps its problem); a
 * worker that dies fails the calls still waiting and is started afresh by
 * the next one.
 */
export class HistoryClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  readonly api: HistoryApi;

  constructor(
    private readonly dir: string,
    private readonly url: URL = defaultHistoryWorkerUrl(),
  ) {
    const methods: HistoryMethod[] = [
      'state',
      'enable',
      'disable',
      'checkpoint',
      'reconcile',
      'digest',
      'versions',
      'versionText',
      'diff',
      'setRemote',
      'pull',
      'finishMerge',
      'release',
      'push',
    ];
    this.api = Object.fromEntries(
      methods.map((method) => [method, (...args: unknown[]) => this.call(method, args)]),
    ) as unknown as HistoryApi;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private call(method: HistoryMethod, args: unknown[]): Promise<unknown> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      // Referenced while a call waits (the command line must not exit under it), not while idle.
      worker.ref();
      worker.postMessage({ id, method, args } satisfies ToHistoryWorker);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(this.url, { dir: this.dir });
    worker.on('message', (answer: FromHistoryWorker) => {
      const call = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if (answer.ok) call?.resolve(answer.value);
      else {
        call?.reject(
          answer.problem
            ? new SyncError(answer.problem, answer.message)
            : answer.code
              ? new CoreError(answer.code, answer.message)
              : new Error(answer.message),
        );
      }
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const call of this.pending.values()) call.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error) => fail(new Error(`The history worker failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new Error(`The history worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }
}
