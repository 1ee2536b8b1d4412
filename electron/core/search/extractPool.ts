import { readFile } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { splitFrontMatter } from '../../../shared/markdown';
import { decodeNote } from '../library/noteFile';
import type { ScanState } from '../../../shared/markdown/incrementalPlainText';
import { countTerms, type CountedField } from './countedTerms';
import { extractNote } from './documents';
import { spawnWorker } from './workerClient';

/** A batch of notes for one extraction worker: absolute paths inside the library. */
export interface ExtractRequest {
  id: number;
  files: string[];
}

export interface ExtractResult {
  text: string;
  hasOpenActions: boolean;
  /** Kept in the text store, so that the note's first save re-parses only what changed. */
  scan: ScanState | null;
  /** The text's words counted, on this thread, so that the index adds each once (bulkAdd.ts). */
  counted: CountedField;
}

/** Markdown past this size is not parsed for search: a 20 MB paste must not stall the index. */
export const MAX_INDEXED_BODY = 1_000_000;

/** Reads one note and extracts its words; an unreadable file gives no words. */
export async function extractFile(file: string): Promise<ExtractResult> {
  let body = '';
  try {
    body = splitFrontMatter(decodeNote(await readFile(file)).text).body;
  } catch {
    // Unreadable now (removed, permissions): index what the library knows, the title and speakers.
  }
  const extracted = extractNote(body.slice(0, MAX_INDEXED_BODY));
  return { ...extracted, counted: countTerms(extracted.text) };
}

/** The extraction worker beside this file: `.ts` from source (tsx, vitest), `.js` when bundled. */
function defaultExtractWorkerUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./extractWorker.${extension}`, import.meta.url);
}

interface Slot {
  worker: Worker;
  busy: number;
  pending: Map<number, (results: ExtractResult[] | null) => void>;
  dead: boolean;
}

/**
 * Worker threads that read and extract notes in parallel during a build:
 * the Markdown parse is most of a build's work and one thread cannot do it
 * fast enough. A batch goes to the least busy worker; a batch whose worker
 * fails resolves to null and the caller extracts it itself, so a broken
 * pool slows a build down but never loses a note.
 */
export class ExtractPool {
  private nextId = 1;

  private constructor(private readonly slots: Slot[]) {}

  static start(size: number, url: URL = defaultExtractWorkerUrl()): ExtractPool {
    const slots = Array.from({ length: Math.max(1, size) }, (): Slot => {
      const slot: Slot = { worker: spawnWorker(url, {}), busy: 0, pending: new Map(), dead: false };
      slot.worker.on('message', (message: { id: number; results: ExtractResult[] }) => {
        slot.busy--;
        slot.pending.get(message.id)?.(message.results);
        slot.pending.delete(message.id);
      });
      const fail = () => {
        slot.dead = true;
        for (const resolve of slot.pending.values()) resolve(null);
        slot.pending.clear();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', fail);
      return slot;
    });
    return new ExtractPool(slots);
  }

  /** The batch's results in its order, or null when no worker could do it. */
  extract(files: string[]): Promise<ExtractResult[] | null> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.resolve(null);
    const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker.postMessage({ id, files } satisfies ExtractRequest);
    });
  }

  get size(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
