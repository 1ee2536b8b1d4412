import type { LibraryChange, LibraryOutline, ListedTalk } from '../../../shared/library';
import { applyChanges, fromOutline, withOutline, withTalks, type LibraryView } from './libraryView';

/** The calls the feed makes: `window.api.library` in the window, a fake in tests. */
export interface LibrarySource {
  outline(input: object): Promise<LibraryOutline>;
  talks(input: { conferenceIds?: string[] }): Promise<ListedTalk[]>;
  onChanged(listener: (change: LibraryChange) => void): () => void;
}

/**
 * The window's listing of the library, kept outside React: the outline
 * first (conferences and counts, shown at once), every talk right after,
 * then only what changed, from the changes main sends. Changes that arrive
 * while a listing call is under way wait for its answer, and changes are
 * applied a frame at a time, so an import of hundreds of talks re-renders
 * the sidebar a few times, not hundreds.
 */
export class LibraryFeed {
  private state: { library: LibraryView | undefined; error: string | undefined } = {
    library: undefined,
    error: undefined,
  };
  private pending: LibraryChange[] = [];
  private listing = 0;
  private scheduled = false;
  private readonly listeners = new Set<() => void>();
  private stop: (() => void) | undefined;

  constructor(
    private readonly source: LibrarySource,
    private readonly schedule: (run: () => void) => void = (run) => requestAnimationFrame(run),
  ) {}

  /** Starts listening and listing; returns the function that stops listening. */
  start(): () => void {
    this.stop = this.source.onChanged((change) => {
      if (change.notesOnly) return;
      this.pending.push(change);
      if (this.scheduled) return;
      this.scheduled = true;
      this.schedule(() => {
        this.scheduled = false;
        this.applyPending();
      });
    });
    void this.refresh();
    return () => this.stop?.();
  }

  /** The listing and the last error, one object per change (for useSyncExternalStore). */
  snapshot = (): { library: LibraryView | undefined; error: string | undefined } => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Lists the whole library again: the outline, then the talks (the old ones shown meanwhile). */
  async refresh(): Promise<void> {
    try {
      await this.listed(async () => {
        const outline = await this.source.outline({});
        const shown = this.state.library;
        this.publish(shown ? withOutline(shown, outline) : fromOutline(outline), undefined);
        if (outline.talkCount === 0) return;
        const talks = await this.source.talks({});
        this.publish(withTalks(this.state.library ?? fromOutline(outline), talks), undefined);
      });
    } catch (failure) {
      this.publish(this.state.library, `Could not read the library: ${messageOf(failure)}`);
    }
  }

  /** The conferences and problems again, keeping the talks listed (no talks cross). */
  private async refreshOutline(): Promise<void> {
    try {
      const outline = await this.listed(() => this.source.outline({}));
      const view = this.state.library;
      this.publish(view ? withOutline(view, outline) : fromOutline(outline), undefined);
    } catch {
      // The listing shown stays; the next change or refresh tries again.
    }
  }

  private async listed<T>(read: () => Promise<T>): Promise<T> {
    this.listing++;
    try {
      return await read();
    } finally {
      this.listing--;
      if (this.listing === 0) this.applyPending();
    }
  }

  private applyPending(): void {
    const view = this.state.library;
    if (this.listing > 0 || this.pending.length === 0 || !view?.complete) return;
    const changes = this.pending;
    this.pending = [];
    const next = applyChanges(view, changes);
    if (!next) return void this.refresh();
    this.publish(next, this.state.error);
    // From outside, a file may have gained or lost a problem: the problems list comes with the outline.
    if (changes.some((c) => c.external)) void this.refreshOutline();
  }

  private publish(library: LibraryView | undefined, error: string | undefined): void {
    this.state = { library, error };
    this.listeners.forEach((listener) => listener());
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
