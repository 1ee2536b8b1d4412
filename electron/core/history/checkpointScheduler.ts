/** When checkpoints run: a short while after writing stops, and at most this long while it goes on. */
export interface CheckpointTimings {
  /** Quiet time after the last write (default 8 s: a pause in typing, not between words). */
  quietMs: number;
  /** Longest wait while writes keep coming (default 3 minutes). */
  maxWaitMs: number;
}

const DEFAULT_TIMINGS: CheckpointTimings = { quietMs: 8_000, maxWaitMs: 180_000 };

/**
 * Debounces checkpoints: every write pushes the quiet timer back, but never
 * past `maxWaitMs` after the first write not yet in a version. Timers are
 * unreferenced, so a pending checkpoint never keeps a process alive (close
 * runs the last one).
 */
export class CheckpointScheduler {
  private quiet: NodeJS.Timeout | null = null;
  private deadline: NodeJS.Timeout | null = null;

  constructor(
    private readonly run: () => void,
    private readonly timings: CheckpointTimings = DEFAULT_TIMINGS,
  ) {}

  /** A write happened. */
  touch(): void {
    if (this.quiet) clearTimeout(this.quiet);
    this.quiet = setTimeout(() => this.fire(), this.timings.quietMs);
    this.quiet.unref?.();
    if (!this.deadline) {
      this.deadline = setTimeout(() => this.fire(), this.timings.maxWaitMs);
      this.deadline.unref?.();
    }
  }

  /** Forgets the timers (the caller checkpoints now, or is closing). */
  cancel(): void {
    if (this.quiet) clearTimeout(this.quiet);
    if (this.deadline) clearTimeout(this.deadline);
    this.quiet = null;
    this.deadline = null;
  }

  private fire(): void {
    this.cancel();
    this.run();
  }
}
