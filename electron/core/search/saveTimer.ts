/**
 * Unsaved changes are written this long after the first of them (and on
 * close). Counting from the last would let an hour of typing put the save
 * off for the hour, the text store growing by every save's text meanwhile
 * and a crash losing the hour's index changes; from the first, at most
 * this much is ever unsaved.
 */
export const SAVE_DELAY_MS = 30_000;

/** When the index saves its changes: SAVE_DELAY_MS after the first one not yet saved. */
export class SaveTimer {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  /** A change: starts the countdown unless one runs (a later change never puts it off). */
  changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failed save leaves the index dirty: the next change or close saves it again.
      void this.save().catch(() => {});
    }, this.delayMs);
    // Never what keeps the process alive: close() saves what is left.
    this.timer.unref();
  }

  /** The changes are being saved now: no countdown until the next one. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
