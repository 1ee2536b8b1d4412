import { BroadcastChannel } from 'node:worker_threads';

/*
 * The bench's window on the index worker's heap. The app's worker has no
 * such call: the bench runs the index worker from heapProbeWorker.ts, the
 * app's worker plus a listener on this channel (the worker's own port
 * carries the index's calls, untouched).
 */
export const HEAP_CHANNEL = 'confnotes-bench-heap';

/** The index worker's heap in use after a full collection: what the index costs. */
export async function indexWorkerHeap(): Promise<number> {
  const channel = new BroadcastChannel(HEAP_CHANNEL);
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the index worker did not report its heap')),
        30_000,
      );
      channel.onmessage = (event) => {
        clearTimeout(timer);
        resolve((event as { data: number }).data);
      };
      channel.postMessage('measure');
    });
  } finally {
    channel.close();
  }
}
