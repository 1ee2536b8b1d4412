import { availableParallelism } from 'node:os';
import { ExtractPool, extractFile, type ExtractResult } from './extractPool';

/** How a build spreads its Markdown parsing over worker threads. */
export interface PoolOptions {
  /** Extraction workers; 0 extracts on the index's own thread. Default: one per core. */
  size?: number;
  /** Fewer notes to parse than this are parsed on the index's thread. */
  minNotes?: number;
  /** The extraction worker's script (tests point it elsewhere). */
  workerUrl?: URL;
}

/** Below this many notes to parse, starting worker threads costs more than it saves. */
const POOL_MIN_NOTES = 256;
/** Notes per message to an extraction worker: enough to pay for the message, small enough to spread. */
const BATCH = 32;

/** The extracted notes of a list of files, one after the other. */
export interface ExtractQueue {
  /** The next file's result (a file the list does not hold next is extracted here). */
  next(file: string): Promise<ExtractResult>;
  close(): Promise<void>;
}

/**
 * Extracts `files` in this order: on a pool of workers, batches running
 * ahead of the caller, when there are enough of them; else on this thread.
 */
export function extractInOrder(files: string[], options: PoolOptions): ExtractQueue {
  const inline = { next: extractFile, close: async () => {} };
  const size = options.size ?? availableParallelism();
  if (files.length < (options.minNotes ?? POOL_MIN_NOTES) || size < 1) return inline;
  let pool: ExtractPool;
  try {
    pool = ExtractPool.start(size, options.workerUrl);
  } catch {
    return inline;
  }
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  // Two batches queued per worker keep each busy while its last answer travels back.
  const ahead = pool.size * 2;
  const pending: Array<Promise<ExtractResult[] | null>> = [];
  let launched = 0;
  const launch = () => {
    while (launched < batches.length && pending.length < ahead)
      pending.push(pool.extract(batches[launched++]));
  };
  launch();
  let batch: string[] = [];
  let results: Array<ExtractResult | undefined> = [];
  let at = 0;
  return {
    next: async (file) => {
      if (at >= batch.length && pending.length > 0) {
        batch = batches[launched - pending.length];
        results = (await pending.shift()!) ?? [];
        at = 0;
        launch();
      }
      if (batch[at] !== file) return extractFile(file);
      return results[at++] ?? extractFile(file);
    },
    close: () => pool.close(),
  };
}
