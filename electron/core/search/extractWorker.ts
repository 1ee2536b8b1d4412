import { parentPort } from 'node:worker_threads';
import { extractFile, type ExtractRequest } from './extractPool';

/**
 * One of the extraction pool's workers (see extractPool.ts): reads a batch
 * of notes and sends back their words. Holds no state.
 */
const port = parentPort;
if (!port) throw new Error('extractWorker must run as a worker thread');

port.on('message', (request: ExtractRequest) => {
  void Promise.all(request.files.map(extractFile)).then((results) =>
    port.postMessage({ id: request.id, results }),
  );
});
