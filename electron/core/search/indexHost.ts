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
import { MAX_INDEXED_BODY } from './extractPool';
import type { PoolOptions } from './extractQueue';
import { countFacets } from './facets';
import type { IndexApi } from './indexApi';
import { syncIndex } from './indexBuild';
import { LibraryFiles } from './libraryFiles';
import { runQuery } from './queryRunner';
import { SaveTimer } from './saveTimer';
import { SearchIndex } from './searchIndex';
import { loadSnapshot, saveSnapshot } from './snapshot';
import { TextStore } from './textStore';
import { warmUpRequests } from './warmUp';

/**
 * The index's life: opened from its snapshot (or built), kept in line with
 * the library (indexBuild.ts), answering queries, saved a while after it
 * changes (saveTimer.ts) and on close. The worker serves it; tests and
 * tools call it directly.
 */
export class IndexHost implements IndexApi {
  private index: SearchIndex;
  private state: IndexStatus = { state: 'loading', done: 0, total: 0, talks: 0 };
  private dirty = false;
  private closed = false;
  private readonly saveTimer = new SaveTimer(() => this.save());
  private readonly files: LibraryFiles;
  /** Talks saved while a sync runs: the sync's older listing must not remove or overwrite them. */
  private touched: Set<string> | null = null;

  constructor(
    private readonly dir: string,
    root: string,
    private readonly onStatus: (status: IndexStatus) => void = () => {},
    private readonly pool: PoolOptions = {},
  ) {
    this.files = new LibraryFiles(root);
    // Empty until open() (which reopens the store): reading its entries back here read 100 MB at 10,000 notes.
    this.index = SearchIndex.empty(TextStore.open(dir, TextStore.latestGeneration(dir), new Map()));
  }

  async open(): Promise<IndexStatus> {
    const loaded = await loadSnapshot(this.dir);
    this.index.texts.close();
    if (loaded.ok) {
      const { engine, talks, texts, textGeneration } = loaded.snapshot;
      this.index = new SearchIndex(engine, talks, TextStore.open(this.dir, textGeneration, texts));
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
    const touched = (this.touched = new Set());
    const { indexed, removed } = await syncIndex(
      {
        index: this.index,
        files: this.files,
        pool: this.pool,
        touched,
        started: (total) => {
          if (total === 0) return;
          const building =
            this.state.state === 'ready' ? { state: 'building' as const, reason } : {};
          this.setStatus({ ...this.state, ...building, done: 0, total });
        },
        progress: (done) => this.setStatus({ ...this.state, done, talks: this.index.size }),
      },
      sources,
    );
    this.touched = null;
    this.setStatus({ state: 'ready', done: indexed, total: indexed, talks: this.index.size });
    if (indexed > 0 || removed > 0 || this.dirty) await this.save();
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
    const fingerprint = this.files.fingerprintNow(source.path) ?? `saved:${Date.now()}`;
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

  /**
   * Runs a few searches of the kinds people type (warmUp.ts) on the loaded
   * index and drops their answers: the first search after launch otherwise
   * pays for compiling the query path and for the parts of the index it
   * reads first, several times a later search's cost. Each search is a task
   * of its own, so a call that arrives meanwhile is answered between them.
   */
  async warm(): Promise<void> {
    for (const request of warmUpRequests(this.index)) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.closed || this.state.state !== 'ready') return;
      runQuery(this.index, { ...request, limit: 30 }, false);
    }
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
    this.saveTimer.cancel();
    if (this.index.texts.wasteful) {
      const compacted = this.index.texts.compact();
      this.index.texts.close();
      this.index.texts = compacted;
    }
    const { engine, talks, texts } = this.index;
    await saveSnapshot(this.dir, engine, talks.values(), texts.snapshot(), texts.generation);
    texts.dropOtherGenerations();
    this.dirty = false;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.dirty) await this.save();
    this.saveTimer.cancel();
    this.index.texts.close();
  }

  private changed(): void {
    this.dirty = true;
    this.state = { ...this.state, talks: this.index.size };
    this.saveTimer.changed();
  }

  private setStatus(status: IndexStatus): void {
    this.state = status;
    this.onStatus(status);
  }
}
