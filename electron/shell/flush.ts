import { randomUUID } from 'node:crypto';

/** How a flush ended; `unsaved`: the renderer answered, but something could not be written. */
export type FlushOutcome = 'flushed' | 'unsaved' | 'timeout' | 'no-window';

/**
 * The save-before-exit handshake: main sends `app.onFlushRequest` with a
 * fresh id and waits for the renderer's `app.flushed` with that id, or for
 * the timeout, whichever comes first. A renderer that hangs cannot keep the
 * app from quitting; one that answers loses nothing.
 */
export class FlushCoordinator {
  private readonly waiting = new Map<string, (saved: boolean) => void>();

  constructor(
    /** Sends the request; false when there is no renderer to ask. */
    private readonly send: (requestId: string) => boolean,
    private readonly timeoutMs = 2000,
  ) {}

  request(): Promise<FlushOutcome> {
    const requestId = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        resolve('timeout');
      }, this.timeoutMs);
      this.waiting.set(requestId, (saved) => {
        clearTimeout(timer);
        resolve(saved ? 'flushed' : 'unsaved');
      });
      if (!this.send(requestId)) {
        this.waiting.delete(requestId);
        clearTimeout(timer);
        resolve('no-window');
      }
    });
  }

  /** The renderer's answer; unknown ids (late or forged) are ignored. */
  acknowledge(requestId: string, saved = true): void {
    const done = this.waiting.get(requestId);
    this.waiting.delete(requestId);
    done?.(saved);
  }
}

/**
 * Holds back the events that end the app (window close, before-quit,
 * SIGTERM, OS shutdown) until one flush has run, then lets them through.
 * Every holder shares the one flush, so quitting flushes once.
 */
export class ShutdownGuard {
  private pending: Promise<void> | undefined;
  private released = false;

  constructor(private readonly flush: () => Promise<unknown>) {}

  /**
   * Call from a cancellable event. Before the flush has finished, cancels the
   * event and runs `resume` (which should repeat the action) once it has.
   * Returns whether the event was held.
   */
  hold(event: { preventDefault(): void }, resume: () => void): boolean {
    if (this.released) return false;
    event.preventDefault();
    this.pending ??= this.flush()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.released = true;
      });
    void this.pending.then(resume);
    return true;
  }

  /** For a new window: the next close flushes again. */
  reset(): void {
    this.pending = undefined;
    this.released = false;
  }
}
