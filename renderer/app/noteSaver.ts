import { errorCode, errorMessage } from '../api';

/** The longest a timed save waits for the window to be idle (the 500 ms promise has room for it). */
const IDLE_WAIT_MS = 50;

/** What the save status shows: Saving… / Saved / the error. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; conflictPath?: string };

/** One write of a note: the body and/or a front-matter patch, against the revision read. */
export interface NoteWrite<P> {
  baseRevision: string;
  body?: string;
  meta?: P;
}

export interface NoteSaverOptions<P> {
  revision: string;
  /** The body as saved last, so a flush with no real change writes nothing. */
  body: string;
  /** Reads the editor's text; called only when a save starts (serialising a long note costs). */
  readBody: () => string;
  write: (change: NoteWrite<P>) => Promise<{ revision: string }>;
  onState: (state: SaveState) => void;
  /** Merges two front-matter patches (the later one wins per key). */
  mergeMeta?: (earlier: P, later: P) => P;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
}

/**
 * Autosave for one open note, never losing a keystroke: a save at most
 * `debounceMs` after typing pauses and at least every `maxWaitMs` while it
 * goes on; saves run one at a time, in order, each carrying the revision the
 * previous one returned. A failed save keeps the change pending and retries;
 * a conflict stops autosave until the user chooses a version.
 */
export class NoteSaver<P = Record<string, unknown>> {
  revision: string;
  private savedBody: string;
  private bodyChanged = false;
  private pendingMeta: P | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<boolean> = Promise.resolve(true);
  private writing = false;
  private conflicted = false;
  private disposed = false;
  private announcedUnsaved = false;
  private readonly options: Required<Omit<NoteSaverOptions<P>, 'mergeMeta'>> &
    Pick<NoteSaverOptions<P>, 'mergeMeta'>;

  constructor(options: NoteSaverOptions<P>) {
    // 300 ms, not 500: the write itself (serialising a long note, the atomic write) must fit in the 500 ms promise.
    this.options = { debounceMs: 300, maxWaitMs: 1000, retryMs: 3000, ...options };
    this.revision = options.revision;
    this.savedBody = options.body;
  }

  /** True while something typed is not yet on disk. */
  get dirty(): boolean {
    return this.bodyChanged || this.pendingMeta !== undefined || this.writing;
  }

  get inConflict(): boolean {
    return this.conflicted;
  }

  /** The editor's text changed. */
  bodyChangedNow(): void {
    this.bodyChanged = true;
    this.changed();
  }

  /** A header field changed. */
  patchMeta(patch: P): void {
    const merge = this.options.mergeMeta ?? ((a: P, b: P) => ({ ...a, ...b }));
    this.pendingMeta = this.pendingMeta === undefined ? patch : merge(this.pendingMeta, patch);
    this.changed();
  }

  /** Saves now (switching notes, blur, close); resolves true once everything is on disk. */
  flush(): Promise<boolean> {
    this.clearTimers();
    this.chain = this.chain.then(() => this.saveOnce());
    return this.chain;
  }

  /** After a conflict or an outside change: continue from the disk's revision, keeping the editor's text. */
  keepMine(diskRevision: string): Promise<boolean> {
    this.clearTimers();
    // Queued behind a write still on its way: that one may yet fail with the conflict being resolved here.
    this.chain = this.chain.then(() => {
      this.conflicted = false;
      this.revision = diskRevision;
      this.bodyChanged = true;
      this.savedBody = '\u0000'; // forces the write even if the text equals what we saved before
      return this.saveOnce();
    });
    return this.chain;
  }

  /** After taking the disk's version into the editor: nothing of ours is pending any more. */
  reset(revision: string, body: string): void {
    this.clearTimers();
    this.conflicted = false;
    this.revision = revision;
    this.savedBody = body;
    this.bodyChanged = false;
    this.pendingMeta = undefined;
    this.announcedUnsaved = false;
    this.options.onState({ kind: 'saved' });
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimers();
  }

  private changed(): void {
    if (this.disposed) return;
    if (this.conflicted) return; // the user must choose first; the text stays in the editor
    // Once per burst, not per key: every state change re-renders the note pane, on the typing path.
    if (!this.announcedUnsaved) this.options.onState({ kind: 'unsaved' });
    this.announcedUnsaved = true;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.flushWhenIdle(), this.options.debounceMs);
    this.maxWait ??= setTimeout(() => this.flushWhenIdle(), this.options.maxWaitMs);
  }

  /**
   * A timer's save starts in the window's next idle moment (within
   * IDLE_WAIT_MS): serialising a long note and sending it then run after a
   * frame is painted, not between a keystroke and its paint. Explicit
   * flushes (switch, blur, close) do not wait.
   */
  private flushWhenIdle(): void {
    if (typeof requestIdleCallback !== 'function') return void this.flush();
    requestIdleCallback(() => void this.flush(), { timeout: IDLE_WAIT_MS });
  }

  private clearTimers(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    clearTimeout(this.retry);
    this.debounce = this.maxWait = this.retry = undefined;
  }

  private async saveOnce(): Promise<boolean> {
    if (this.conflicted) return false;
    if (!this.bodyChanged && this.pendingMeta === undefined) return true;
    const body = this.bodyChanged ? this.options.readBody() : undefined;
    const meta = this.pendingMeta;
    this.bodyChanged = false;
    this.pendingMeta = undefined;
    if (meta === undefined && body === this.savedBody) {
      if (!this.dirty) {
        this.announcedUnsaved = false;
        this.options.onState({ kind: 'saved' });
      }
      return true;
    }
    this.writing = true;
    this.announcedUnsaved = false;
    this.options.onState({ kind: 'saving' });
    try {
      const change: NoteWrite<P> = { baseRevision: this.revision };
      if (body !== undefined && body !== this.savedBody) change.body = body;
      if (meta !== undefined) change.meta = meta;
      const saved = await this.options.write(change);
      this.revision = saved.revision;
      if (body !== undefined) this.savedBody = body;
      this.writing = false;
      this.announcedUnsaved = this.dirty;
      this.options.onState(this.dirty ? { kind: 'unsaved' } : { kind: 'saved' });
      return !this.dirty;
    } catch (error) {
      this.writing = false;
      // Nothing is lost: what this save carried is pending again, merged under anything newer.
      if (body !== undefined) this.bodyChanged = true;
      if (meta !== undefined) {
        const merge = this.options.mergeMeta ?? ((a: P, b: P) => ({ ...a, ...b }));
        this.pendingMeta = this.pendingMeta === undefined ? meta : merge(meta, this.pendingMeta);
      }
      if (errorCode(error) === 'conflict') {
        this.conflicted = true;
        const { conflictPath } = (error as { data?: { conflictPath?: string } }).data ?? {};
        this.options.onState({ kind: 'conflict', message: errorMessage(error), conflictPath });
      } else {
        this.announcedUnsaved = true; // further typing keeps the error in view until a write succeeds
        this.options.onState({
          kind: 'error',
          message: `Not written to disk: ${errorMessage(error)} Your text is still here.`,
        });
        if (!this.disposed) this.retry = setTimeout(() => void this.flush(), this.options.retryMs);
      }
      return false;
    }
  }
}
