import { statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type {
  IndexStatus,
  SearchFacets,
  SearchRequest,
  SearchResponse,
  TalkRef,
} from '../../../shared/search/types';
import { normalizePhrase } from '../../../shared/search/text';
import { rescan } from '../../../shared/markdown/incrementalPlainText';
import type { TalkSource } from './documents';
import { ExtractPool, extractFile, MAX_INDEXED_BODY, type ExtractResult } from './extractPool';
import { resolveInside } from '../fs/containment';
import { INDEX_VERSION } from './indexConfig';
import { countFacets } from './facets';
import { runQuery } from './queryRunner';
import { SearchIndex } from './searchIndex';
import { loadSnapshot, saveSnapshot } from './snapshot';
import { TextStore } from './textStore';

/** What the index offers its owner; the worker serves it over messages, tests call it directly. */
export interface IndexApi {
  open(): Promise<IndexStatus>;
  /** Brings the index in line with the library's talks: new, changed, moved, removed. */
  sync(sources: TalkSource[], reason?: string): Promise<IndexStatus>;
  /** Re-indexes one talk from the notes just saved. */
  upsert(source: TalkSource, body: string): Promise<void>;
  remove(id: string): Promise<void>;
  query(request: SearchRequest): Promise<SearchResponse>;
  talks(filter: { speaker?: string; tag?: string }): Promise<TalkRef[]>;
  /** Every filter value in the library with its count, for the chips' menus. */
  values(): Promise<SearchFacets>;
  status(): Promise<IndexStatus>;
  /** Deletes everything and indexes `sources` from their files again. */
  rebuild(sources: TalkSource[]): Promise<IndexStatus>;
  save(): Promise<void>;
  close(): Promise<void>;
  heapUsed(): Promise<number>;
}

/** Below this many notes to parse, starting worker threads costs more than it saves. */
const POOL_MIN_NOTES = 256;
/** Notes per message to an extraction worker: enough to pay for the message, small enough to spread. */
const BATCH = 32;
/** How long the index works on a build before it lets waiting searches through. */
const SLICE_MS = 25;
/** Progress is reported at most this often. */
const PROGRESS_MS = 250;
/**
 * Unsaved changes are written this long after the first of them (and on
 * close): counting from the last would let an hour of typing put the save
 * off for the hour, the text store growing by every save's text meanwhile.
 */
const SAVE_DELAY_MS = 30_000;

/** How a build spreads its Markdown parsing over worker threads. */
export interface PoolOptions {
  /** Extraction workers; 0 extracts on the index's own thread. Default: one per core. */
  size?: number;
  /** Fewer notes to parse than this are parsed on the index's thread. */
  minNotes?: number;
  /** The extraction worker's script (tests point it elsewhere). */
  workerUrl?: URL;
}

export class IndexHost implements IndexApi {
  private index: SearchIndex;
  private state: IndexStatus = { state: 'loading', done: 0, total: 0, talks: 0 };
  private dirty = false;
  private saveTimer: NodeJS.Timeout | null = null;
  /** Talks saved while a sync runs: the sync's older listing must not remove or overwrite them. */
  private touched: Set<string> | null = null;

  constructor(
    private readonly dir: string,
    private readonly root: string,
    private readonly onStatus: (status: IndexStatus) => void = () => {},
    private readonly pool: PoolOptions = {},
  ) {
    // Empty until open() (which reopens the store): reading its entries back here read 100 MB at 10,000 notes.
    this.index = SearchIndex.empty(TextStore.open(dir, TextStore.latestGeneration(dir), new Map()));
  }

  async open(): Promise<IndexStatus> {
    const loaded = await loadSnapshot(this.dir);
    this.index.texts.close();
    if (loaded.ok) {
      const { miniSearch, talks, texts, textGeneration } = loaded.snapshot;
      this.index = new SearchIndex(
        miniSearch,
        talks,
        TextStore.open(this.dir, textGeneration, texts),
      );
      this.setStatus({ state: 'ready', done: talks.size, total: talks.size, talks: talks.size });
    } else {
      // The text store, read back on its own, still spares unchanged notes a Markdown parse.
      this.index = SearchIndex.empty(
        TextStore.open(this.dir, TextStore.latestGeneration(this.dir)),
      );
      this.setStatus({
        state: 'building',
        done: 0,
        total: 0,
        talks: 0,
        reason: loaded.reason,
        message: loaded.detail,
      });
    }
    return this.state;
  }

  async sync(sources: TalkSource[], reason = 'stale'): Promise<IndexStatus> {
    const wanted = new Set(sources.map((s) => s.id));
    const touched = (this.touched = new Set());
    // First only look (one stat per file), so an index that is up to date never shows as building.
    const work: Array<{ source: TalkSource; fingerprint: string | null }> = [];
    for (const source of sources) {
      const fingerprint = await this.fingerprint(source.path);
      if (fingerprint === null || !this.index.isCurrent(source, fingerprint))
        work.push({ source, fingerprint });
    }
    const gone = [...this.index.talks.keys()].filter((id) => !wanted.has(id));
    if (work.length > 0 && this.state.state === 'ready') {
      this.setStatus({ ...this.state, state: 'building', done: 0, total: work.length, reason });
    } else if (work.length > 0) {
      this.setStatus({ ...this.state, done: 0, total: work.length });
    }
    let sliceStart = performance.now();
    let reported = sliceStart;
    let done = 0;
    // Between notes: report progress now and then, and let waiting searches through.
    const step = async () => {
      done++;
      const now = performance.now();
      if (now - sliceStart < SLICE_MS) return;
      if (now - reported > PROGRESS_MS) {
        this.setStatus({ ...this.state, done, talks: this.index.size });
        reported = now;
      }
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    };
    const toParse: Array<{ source: TalkSource; fingerprint: string }> = [];
    const refreshable: typeof toParse = [];
    for (const { source, fingerprint } of work) {
      if (fingerprint === null) this.index.remove(source.id);
      else if (this.index.texts.entry(source.id)?.fingerprint === fingerprint)
        refreshable.push({ source, fingerprint });
      else toParse.push({ source, fingerprint });
    }
    // Parsing starts on the workers first, so they boot while this thread re-adds stored texts.
    const parsed = this.extractAll(toParse.map((w) => this.file(w.source.path)));
    try {
      for (const { source, fingerprint } of refreshable) {
        if (!touched.has(source.id) && !this.index.refresh(source, fingerprint))
          toParse.push({ source, fingerprint });
        await step();
      }
      for (const { source, fingerprint } of toParse) {
        const { text, counted, hasOpenActions, scan } = await parsed.next(this.file(source.path));
        if (!touched.has(source.id))
          this.index.upsert(source, text, hasOpenActions, fingerprint, { scan, counted });
        await step();
      }
    } finally {
      this.index.endBuild();
      await parsed.close();
    }
    for (const id of gone) if (!touched.has(id)) this.index.remove(id);
    this.touched = null;
    const size = this.index.size;
    this.setStatus({ state: 'ready', done: work.length, total: work.length, talks: size });
    if (work.length > 0 || gone.length > 0 || this.dirty) await this.save();
    return this.state;
  }

  async rebuild(sources: TalkSource[]): Promise<IndexStatus> {
    // Nothing of the old index is trusted, not even the stored texts: every note is parsed again.
    const old = this.index.texts;
    this.index = SearchIndex.empty(TextStore.open(this.dir, old.generation + 1, new Map()));
    old.close();
    this.setStatus({
      state: 'building',
      done: 0,
      total: sources.length,
      talks: 0,
      reason: 'requested',
    });
    return this.sync(sources, 'requested');
  }

  async upsert(source: TalkSource, body: string): Promise<void> {
    this.touched?.add(source.id);
    // A synchronous stat: this thread has nothing else to do meanwhile, and a trip through
    // libuv's thread pool (busy with the main process's own file work) costs more than the stat.
    const fingerprint = this.fingerprintNow(source.path) ?? `saved:${Date.now()}`;
    // What the index holds for the note: in memory while it is typed in, else one store read.
    const previous = this.index.indexed(source.id);
    const { text, hasOpenTasks, state } = rescan(
      previous?.scan ?? null,
      body.slice(0, MAX_INDEXED_BODY),
    );
    this.index.replace(source, text, hasOpenTasks, fingerprint, state);
    this.changed();
  }

  async remove(id: string): Promise<void> {
    this.touched?.add(id);
    this.index.remove(id);
    this.changed();
  }

  async query(request: SearchRequest): Promise<SearchResponse> {
    return runQuery(this.index, request, this.state.state !== 'ready');
  }

  async talks(filter: { speaker?: string; tag?: string }): Promise<TalkRef[]> {
    const speaker = filter.speaker ? normalizePhrase(filter.speaker) : null;
    const tag = filter.tag ? normalizePhrase(filter.tag) : null;
    return this.index.list(
      (talk) =>
        (!speaker || talk.speakers.some((name) => normalizePhrase(name) === speaker)) &&
        (!tag || [...talk.tags, ...talk.conferenceTags].some((t) => normalizePhrase(t) === tag)),
    );
  }

  async values(): Promise<SearchFacets> {
    return countFacets([...this.index.talks.values()]);
  }

  async status(): Promise<IndexStatus> {
    return this.state;
  }

  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.index.texts.wasteful) {
      const compacted = this.index.texts.compact();
      this.index.texts.close();
      this.index.texts = compacted;
    }
    const { miniSearch, talks, texts } = this.index;
    await saveSnapshot(this.dir, miniSearch, talks.values(), texts.snapshot(), texts.generation);
    texts.dropOtherGenerations();
    this.dirty = false;
  }

  async close(): Promise<void> {
    if (this.dirty) await this.save();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.index.texts.close();
  }

  /** This thread's heap in use after a full collection: what the index costs (the benchmark reads it). */
  async heapUsed(): Promise<number> {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return getHeapStatistics().used_heap_size;
  }

  /**
   * Extracts `files` in this order: on a pool of workers, batches running
   * ahead of the caller, when there are enough of them; else on this
   * thread. `next(file)` answers for the next file of the list (or, for
   * one the list does not hold, extracts it here).
   */
  private extractAll(files: string[]): {
    next: (file: string) => Promise<ExtractResult>;
    close: () => Promise<void>;
  } {
    const inline = { next: extractFile, close: async () => {} };
    const size = this.pool.size ?? availableParallelism();
    if (files.length < (this.pool.minNotes ?? POOL_MIN_NOTES) || size < 1) return inline;
    let pool: ExtractPool;
    try {
      pool = ExtractPool.start(size, this.pool.workerUrl);
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

  private async fingerprint(relative: string): Promise<string | null> {
    try {
      return fingerprintOf(await stat(this.file(relative)));
    } catch {
      return null;
    }
  }

  /** As `fingerprint`, without leaving this thread. */
  private fingerprintNow(relative: string): string | null {
    try {
      return fingerprintOf(statSync(this.file(relative)));
    } catch {
      return null;
    }
  }

  /** The absolute path of a library file; never outside the library, whatever the path says. */
  private file(relative: string): string {
    const absolute = resolveInside(this.root, [relative]);
    if (absolute === undefined) throw new Error(`${relative} is outside the library`);
    return absolute;
  }

  private changed(): void {
    this.dirty = true;
    this.state = { ...this.state, talks: this.index.size };
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => void this.save().catch(() => {}), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  private setStatus(status: IndexStatus): void {
    this.state = status;
    this.onStatus(status);
  }
}

/**
 * A file's version as the index tells it. The index version is part of it:
 * a new way of extracting text invalidates stored texts.
 */
function fingerprintOf(info: Stats): string {
  return `${INDEX_VERSION}:${info.mtimeMs}:${info.size}`;
}
