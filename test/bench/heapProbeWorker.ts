import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BroadcastChannel } from 'node:worker_threads';
import '../../electron/core/search/indexWorker';
import { HEAP_CHANNEL } from './heapProbe';

/**
 * The index worker as the app runs it, plus an answer to the bench's heap
 * question (heapProbe.ts): its heap in use after a full collection. The
 * collector is reached here only, in the bench, never in the app.
 */
let gc: (() => void) | null = null;
const channel = new BroadcastChannel(HEAP_CHANNEL);
channel.onmessage = () => {
  // Reached when first asked, not at start: the load figures time the worker as the app runs it.
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  channel.postMessage(getHeapStatistics().used_heap_size);
};
// The worker ends when the index is closed, whatever the channel.
channel.unref();
