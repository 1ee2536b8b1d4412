/**
 * When the background reader must wait: while the user types (until
 * `idleMs` after the last sign of it), while paused, and while the reader
 * is unavailable. Someone waiting for a reading (an "Insert slide text",
 * the reindex command) lifts the hold for as long as they wait
 * (`urgently`), unless the reader is unavailable.
 */
export class ReadingHold {
  paused = false;
  private lastTyping = -Infinity;
  private waiting = 0;
  private wake: () => void = () => {};

  constructor(private readonly idleMs: number) {}

  /** A sign of typing: holds the reader for `idleMs` from now. */
  typed(): void {
    this.lastTyping = performance.now();
  }

  get typing(): boolean {
    return performance.now() - this.lastTyping < this.idleMs;
  }

  /** Someone waits for a reading now: typing and pausing do not hold the reader. */
  get urgent(): boolean {
    return this.waiting > 0;
  }

  async urgently<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++;
    try {
      return await work();
    } finally {
      this.waiting--;
    }
  }

  /**
   * Waits while held (`beforeWaiting` runs first, to say so); true when it
   * waited, and the caller looks again. It ends when typing has paused long
   * enough or at `wake`.
   */
  async wait(unavailable: boolean, beforeWaiting: () => void): Promise<boolean> {
    const typingFor = this.lastTyping + this.idleMs - performance.now();
    if (this.urgent && !unavailable) return false;
    if (!this.paused && typingFor <= 0 && !unavailable) return false;
    beforeWaiting();
    await new Promise<void>((resolve) => {
      const timer = typingFor > 0 && !this.paused ? setTimeout(resolve, typingFor) : undefined;
      this.wake = () => {
        clearTimeout(timer);
        this.wake = () => {};
        resolve();
      };
    });
    return true;
  }

  /** Ends a wait now (resumed, asked for a reading, closing). */
  poke(): void {
    this.wake();
  }
}
