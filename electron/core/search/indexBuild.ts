import type { TalkSource } from './documents';
import { extractInOrder, type PoolOptions } from './extractQueue';
import type { LibraryFiles } from './libraryFiles';
import type { SearchIndex } from './searchIndex';

/** How long a build works before it lets waiting searches through. */
const SLICE_MS = 25;
/** Progress is reported at most this often. */
const PROGRESS_MS = 250;

export interface BuildRun {
  index: SearchIndex;
  files: LibraryFiles;
  pool: PoolOptions;
  /** Talks saved while the build runs: its older listing must not remove or overwrite them. */
  touched: ReadonlySet<string>;
  /** The talks needing work are known (none: the index was current), before any is done. */
  started: (total: number) => void;
  /** `done` talks of the total are in; called now and then, not for each. */
  progress: (done: number) => void;
}

/**
 * Brings the index in line with the library's talks: new, changed, moved,
 * removed. It first only looks (one stat per file), so an index that is up
 * to date never shows as building; a talk whose text store entry is current
 * is re-added without parsing, the others are parsed on the extraction
 * workers while this thread re-adds the stored ones. Returns how many
 * talks it re-indexed and how many it removed.
 */
export async function syncIndex(
  run: BuildRun,
  sources: TalkSource[],
): Promise<{ indexed: number; removed: number }> {
  const { index, files, touched } = run;
  const wanted = new Set(sources.map((s) => s.id));
  const work: Array<{ source: TalkSource; fingerprint: string | null }> = [];
  for (const source of sources) {
    const fingerprint = await files.fingerprint(source.path);
    if (fingerprint === null || !index.isCurrent(source, fingerprint))
      work.push({ source, fingerprint });
  }
  const gone = [...index.talks.keys()].filter((id) => !wanted.has(id));
  run.started(work.length);

  const toParse: Array<{ source: TalkSource; fingerprint: string }> = [];
  const refreshable: typeof toParse = [];
  for (const { source, fingerprint } of work) {
    if (fingerprint === null) index.remove(source.id);
    else if (index.texts.entry(source.id)?.fingerprint === fingerprint)
      refreshable.push({ source, fingerprint });
    else toParse.push({ source, fingerprint });
  }
  const step = slices(run.progress);
  // Parsing starts on the workers first, so they boot while this thread re-adds stored texts.
  const parsed = extractInOrder(
    toParse.map((w) => files.file(w.source.path)),
    run.pool,
  );
  try {
    for (const { source, fingerprint } of refreshable) {
      if (!touched.has(source.id) && !index.refresh(source, fingerprint))
        toParse.push({ source, fingerprint });
      await step();
    }
    for (const { source, fingerprint } of toParse) {
      const { text, counted, hasOpenActions, scan } = await parsed.next(files.file(source.path));
      if (!touched.has(source.id))
        index.upsert(source, text, hasOpenActions, fingerprint, { scan, counted });
      await step();
    }
  } finally {
    index.endBuild();
    await parsed.close();
  }
  for (const id of gone) if (!touched.has(id)) index.remove(id);
  return { indexed: work.length, removed: gone.length };
}

/**
 * Called between talks: every SLICE_MS, lets waiting searches through
 * (and reports progress, at most every PROGRESS_MS).
 */
function slices(progress: (done: number) => void): () => Promise<void> {
  let sliceStart = performance.now();
  let reported = sliceStart;
  let done = 0;
  return async () => {
    done++;
    const now = performance.now();
    if (now - sliceStart < SLICE_MS) return;
    if (now - reported > PROGRESS_MS) {
      progress(done);
      reported = now;
    }
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
