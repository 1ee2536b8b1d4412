import { createHash } from 'node:crypto';
import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryChange, TalkDocument } from '../../../shared/library';
import type {
  IndexStatus,
  SearchFacets,
  SearchRequest,
  SearchResponse,
  TalkRef,
} from '../../../shared/search/types';
import { CoreError, NotFoundError } from '../errors';
import type { LibraryService } from '../library/types';
import type { SlideText } from '../../../shared/slides';
import { sourceOf, sourcesOf, type TalkSource } from './documents';
import type { IndexApi } from './indexApi';
import { IndexHost } from './indexHost';
import { defaultWorkerUrl, startIndexWorker } from './workerClient';

export interface SearchServiceOptions {
  library: LibraryService;
  /** The app's data folder; the index goes in `search/<library hash>/` under it, never in the library. */
  dataDir: string;
  /** The index worker's script; the packaged app passes its bundled file. */
  workerUrl?: URL;
  /**
   * Run the index on the calling thread. Only for tools where a worker
   * cannot start; the app always uses the worker so that indexing never
   * blocks the main process.
   */
  inThread?: boolean;
  /**
   * A note saved again within this long of its last indexing waits until
   * then (default 2,000 ms): the app saves the open note about once a
   * second while the user types, and each save of a long note costs
   * tens of milliseconds of indexing that would compete with the editor.
   */
  coalesceMs?: number;
  /** The text read from the images in notes (the slide reader), indexed as the `slides` field. */
  slides?: SlideTextSource;
}

/** What the index needs of the slide reader (electron/core/slides/slidesService.ts). */
interface SlideTextSource {
  /** Resolves once the texts read before are loaded (no image is read for it). */
  open(): Promise<unknown>;
  textsOf(talkId: string): SlideText[];
  /** Tells which talks' slide texts changed; returns the function that stops telling. */
  onChanged(listener: (talkIds: string[]) => void): () => void;
}

/** See SearchServiceOptions.coalesceMs. */
const COALESCE_MS = 2000;

/** A change as the library reported it, with the talk as saved when the app saved it. */
interface Received {
  api: IndexApi;
  change: LibraryChange;
  saved?: TalkDocument;
}

/**
 * Full-text search over the library. The index lives in a worker thread,
 * is saved to the app's data folder and checked on start (a missing, stale,
 * corrupt or outdated index is rebuilt by itself), and follows every change
 * the library reports, the app's own saves and edits made outside alike.
 * The worker starts on first use (or `start()`), so commands that never
 * search never pay for it.
 */
export class SearchService {
  private started: Promise<IndexApi> | null = null;
  private warming = false;
  private terminate: () => Promise<void> = async () => {};
  private stopListening: () => void = () => {};
  private readonly listeners = new Set<(status: IndexStatus) => void>();
  private conferences = new Map<string, TalkSource['conference']>();
  /** Changes apply one after another, in the order the library reported them. */
  private queue: Promise<unknown> = Promise.resolve();
  /** When each recently saved note was last indexed (ms): a save soon after waits. */
  private readonly indexedAt = new Map<string, number>();
  /** Saves of notes being typed in, waiting for their turn; the latest change of each. */
  private readonly deferred = new Map<string, Received & { timer: NodeJS.Timeout }>();

  constructor(private readonly options: SearchServiceOptions) {}

  /**
   * Starts the index (load or build) in the background, as the app does at
   * launch, and once it has caught up with the library warms it for the
   * first search (IndexHost.warm). Every other method waits for the index,
   * without warming it: a command that asks once gains nothing from it.
   */
  start(): Promise<IndexApi> {
    const started = this.opened();
    if (!this.warming) {
      this.warming = true;
      // Queued after the catch-up sync, so it never holds back an index the user waits for.
      void started.then((api) => this.enqueue(() => api.warm())).catch(() => {});
    }
    return started;
  }

  /** The index, opened on first use. */
  private opened(): Promise<IndexApi> {
    this.started ??= this.open();
    return this.started;
  }

  async query(request: SearchRequest): Promise<SearchResponse> {
    return (await this.opened()).query(request);
  }

  /** Every talk by a speaker (exact name, case and accents ignored), across all conferences, oldest first. */
  async talksBySpeaker(name: string): Promise<TalkRef[]> {
    return (await this.opened()).talks({ speaker: name });
  }

  /** Every talk with a tag (its own or its conference's), oldest first. */
  async talksByTag(tag: string): Promise<TalkRef[]> {
    return (await this.opened()).talks({ tag });
  }

  /** Every conference, year, speaker, tag and kind in the library, with counts. */
  async values(): Promise<SearchFacets> {
    return (await this.opened()).values();
  }

  async status(): Promise<IndexStatus> {
    return (await this.opened()).status();
  }

  /** Throws the index away and builds it again from the library's files. */
  async reindex(): Promise<IndexStatus> {
    const api = await this.opened();
    return this.enqueue(async () => api.rebuild(await this.listSources()));
  }

  /** Resolves once every change reported so far is in the index (waiting saves go in now). */
  async whenIdle(): Promise<void> {
    await this.opened();
    this.flushDeferred();
    let seen: Promise<unknown> | null = null;
    while (seen !== this.queue) {
      seen = this.queue;
      await seen;
    }
  }

  onStatus(listener: (status: IndexStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves the index and stops the worker. */
  async close(): Promise<void> {
    if (!this.started) return;
    this.stopListening();
    this.flushDeferred();
    const api = await this.started.catch(() => null);
    await this.queue.catch(() => {});
    await api?.close().catch(() => {});
    await this.terminate();
    this.started = null;
    this.warming = false;
  }

  private async open(): Promise<IndexApi> {
    const { library, dataDir } = this.options;
    const key = createHash('sha256')
      .update(await realpath(library.root))
      .digest('hex')
      .slice(0, 16);
    const dir = path.join(dataDir, 'search', key);
    await mkdir(dir, { recursive: true });
    const emit = (status: IndexStatus) => this.listeners.forEach((listener) => listener(status));
    let api: IndexApi;
    if (this.options.inThread) {
      api = new IndexHost(dir, library.root, emit);
      await api.open();
    } else {
      const worker = await startIndexWorker(
        this.options.workerUrl ?? defaultWorkerUrl(),
        { dataDir: dir, libraryRoot: library.root },
        emit,
      );
      api = worker.api;
      this.terminate = worker.terminate;
    }
    const stopLibrary = library.onChange((change, saved) => this.received({ api, change, saved }));
    const slides = this.options.slides;
    await slides?.open();
    // A talk whose slides were read is indexed again, as if its notes had changed.
    const stopSlides = slides?.onChanged((ids) => {
      for (const id of ids)
        this.received({
          api,
          change: { entity: 'talk', id, kind: 'changed', path: '', external: true },
        });
    });
    this.stopListening = () => {
      stopLibrary();
      stopSlides?.();
    };
    // Catch up with whatever changed while the app was closed; searches are answered meanwhile.
    void this.enqueue(async () => api.sync(await this.listSources()));
    return api;
  }

  /**
   * A change as the library reports it: at once, unless it is another save
   * of a note indexed less than `coalesceMs` ago, which waits until then
   * (and then takes the note as it is by that time).
   */
  private received(received: Received): void {
    const { change } = received;
    const waiting = this.deferred.get(change.id);
    const typing = change.entity === 'talk' && change.kind !== 'removed';
    if (waiting && typing) {
      waiting.change = change;
      waiting.saved = received.saved;
      return;
    }
    if (waiting) {
      clearTimeout(waiting.timer);
      this.deferred.delete(change.id);
    }
    const coalesceMs = this.options.coalesceMs ?? COALESCE_MS;
    const last = this.indexedAt.get(change.id);
    const now = performance.now();
    if (typing && last !== undefined && now - last < coalesceMs) {
      const timer = setTimeout(() => this.release(change.id), last + coalesceMs - now);
      this.deferred.set(change.id, { ...received, timer });
      return;
    }
    this.indexNow(received);
  }

  private indexNow(received: Received): void {
    const { change } = received;
    if (change.entity === 'talk') {
      const now = performance.now();
      this.indexedAt.set(change.id, now);
      // Only recent saves matter: forget the rest now and then.
      if (this.indexedAt.size > 256) {
        const limit = this.options.coalesceMs ?? COALESCE_MS;
        for (const [id, at] of this.indexedAt) if (now - at >= limit) this.indexedAt.delete(id);
      }
    }
    void this.enqueue(() => this.apply(received));
  }

  private release(id: string): void {
    const waiting = this.deferred.get(id);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.deferred.delete(id);
    this.indexNow(waiting);
  }

  /** Every waiting save goes to the index now. */
  private flushDeferred(): void {
    for (const id of [...this.deferred.keys()]) this.release(id);
  }

  private async apply({ api, change, saved }: Received): Promise<void> {
    if (change.entity === 'conference') {
      // Its intro notes are not indexed: typing in them changes nothing here.
      if (change.notesOnly) return;
      // A renamed or moved conference changes every talk under it: compare them all.
      await api.sync(await this.listSources());
      return;
    }
    if (change.kind === 'removed') return api.remove(change.id);
    try {
      // A talk the app just saved comes as written: reading and parsing it again is most of a save's cost.
      const talk = saved?.id === change.id ? saved : await this.options.library.readTalk(change.id);
      let conference = this.conferences.get(talk.conferenceId);
      if (!conference) {
        await this.listSources();
        conference = this.conferences.get(talk.conferenceId);
      }
      if (!conference) throw new NotFoundError('conference', talk.conferenceId);
      await api.upsert(
        this.withSlides(sourceOf(talk.id, talk.conferenceId, talk.path, talk.meta, conference)),
        talk.body,
      );
    } catch (error) {
      if (error instanceof CoreError && error.code === 'not-found') await api.remove(change.id);
      else throw error;
    }
  }

  private async listSources(): Promise<TalkSource[]> {
    const tree = await this.options.library.list();
    this.conferences = new Map(
      tree.conferences.map((c) => [
        c.id,
        { title: c.meta.title, folder: c.folder, starts: c.meta.starts, tags: c.meta.tags },
      ]),
    );
    return sourcesOf(tree.conferences).map((source) => this.withSlides(source));
  }

  private withSlides(source: TalkSource): TalkSource {
    const slides = this.options.slides?.textsOf(source.id);
    return slides && slides.length > 0 ? { ...source, slides } : source;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    // One failed change must not stop the ones after it; the next sync repairs what it missed.
    this.queue = result.catch(() => {});
    return result;
  }
}
