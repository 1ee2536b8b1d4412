import { parentPort, workerData } from 'node:worker_threads';
import { IndexHost } from './indexHost';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

/**
 * The index worker: owns the IndexHost so that building and searching never
 * run on the main process's thread. Calls are answered in the order their
 * work finishes; a build yields between slices so searches get through.
 */
const port = parentPort;
if (!port) throw new Error('indexWorker must run as a worker thread');
const { dataDir, libraryRoot } = workerData as WorkerInit;
const send = (message: FromWorker) => port.postMessage(message);
const host = new IndexHost(dataDir, libraryRoot, (status) => send({ kind: 'status', status }));

port.on('message', (message: ToWorker) => {
  const call = (host[message.method] as (...args: unknown[]) => Promise<unknown>).bind(host);
  call(...message.args).then(
    (value) => send({ kind: 'result', id: message.id, value }),
    (error: unknown) =>
      send({
        kind: 'error',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});

host.open().then(
  (status) => send({ kind: 'opened', status }),
  (error: unknown) =>
    send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
