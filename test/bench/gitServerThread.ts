/**
 * The loopback git server of `npm run bench -- history`, on a thread of its
 * own: node's spawn of each `git http-backend` is synchronous, and on the
 * bench's main thread it stalled the very event loop the bench measures.
 */
import { parentPort, workerData, type Worker } from 'node:worker_threads';
import { spawnWorker } from '../../electron/core/search/workerClient';
import { startGitHttpServer } from '../helpers/gitHttpServer';

/** Starts the server on a worker thread; its URLs are those of startGitHttpServer. */
export async function startGitServerThread(
  root: string,
): Promise<{ url: (name: string) => string; close: () => Promise<void> }> {
  const worker: Worker = spawnWorker(new URL(import.meta.url), { root, serve: true });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { port: number }) => resolve(message.port));
    worker.once('error', reject);
  });
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}.git`,
    close: async () => {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

if (parentPort && (workerData as { serve?: boolean } | null)?.serve) {
  const port = parentPort;
  const server = await startGitHttpServer((workerData as { root: string }).root);
  port.postMessage({ port: Number(new URL(server.url('x')).port) });
  port.on('message', () => void server.close().then(() => process.exit(0)));
}
