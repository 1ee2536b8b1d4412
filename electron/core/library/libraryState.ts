import type { LibraryChange, TalkDocument } from '../../../shared/library';
import { NotFoundError } from '../errors';
import { FileReports } from './fileReports';
import { withListing } from './libraryListing';
import {
  diffIndexes,
  scanLibrary,
  type IndexedConference,
  type IndexedTalk,
  type LibraryIndex,
} from './libraryIndex';
import { rescanPaths } from './pathRescan';
import type { ScanCache } from './scan';
import type { ChangeListener } from './types';

/**
 * What the app knows of the library folder: the in-memory index, the queue
 * that runs operations one at a time, and the listeners told of each change.
 * Everything that reads or changes the index runs inside `exclusive`, so
 * autosaves, moves and the watcher's rescans never interleave, and a
 * rescan's difference from the index is, by construction, what changed
 * outside.
 */
export class LibraryState {
  index: LibraryIndex = { conferences: new Map(), talks: new Map(), problems: [] };
  /** What history is told: the files the app writes, moves or removes, and its checkpoints. */
  readonly reports = new FileReports();
  private readonly cache: ScanCache = new Map();
  private readonly listeners = new Set<ChangeListener>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly root: string) {}

  /** Reads the whole folder into the index (no change is told: nothing knew it before). */
  async load(): Promise<void> {
    this.index = await scanLibrary(this.root, this.cache);
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Waits for the operations queued so far, whatever their outcome. */
  async settled(): Promise<void> {
    await this.queue.catch(() => {});
  }

  /**
   * Reads the disk again; whatever differs from the index changed outside
   * the app. Given the paths that changed, only those are read (see
   * pathRescan.ts), unless they are beyond what it decides from paths alone.
   * Call it inside `exclusive`.
   */
  async rescan(paths?: string[], external = true): Promise<LibraryChange[]> {
    let changes = paths ? await rescanPaths(this.root, this.index, this.cache, paths) : null;
    if (!changes) {
      const before = this.index;
      this.index = await scanLibrary(this.root, this.cache);
      changes = diffIndexes(before, this.index);
    }
    if (!external) changes = changes.map((change) => ({ ...change, external: false }));
    changes.forEach((change) => this.emit(change));
    return changes;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener; `saved` is the talk as just written, when a save made the change. */
  emit(bare: LibraryChange, saved?: TalkDocument): void {
    const change = withListing(bare, this.index);
    for (const listener of this.listeners) {
      try {
        listener(change, saved);
      } catch {
        // A failing listener must not break a save.
      }
    }
  }

  talk(id: string): IndexedTalk {
    const talk = this.index.talks.get(id);
    if (!talk) throw new NotFoundError('talk', id);
    return talk;
  }

  conference(id: string): IndexedConference {
    const conference = this.index.conferences.get(id);
    if (!conference) throw new NotFoundError('conference', id);
    return conference;
  }
}
