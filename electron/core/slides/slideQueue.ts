/**
 * The reader's to-do list in two tiers: work from the notes the user just
 * changed (a pasted slide) goes before the backlog found when the app
 * started. Each piece of work has a key; work queued twice is kept once,
 * moving up to the fresh tier when it is asked for there.
 */
export type Tier = 'fresh' | 'backlog';

export class SlideQueue<T> {
  private readonly fresh = new Map<string, T>();
  private readonly backlog = new Map<string, T>();
  private wake: (() => void) | null = null;
  /** Queued keys per kind (the part of a key before its first `:`), counted as they come and go. */
  private readonly kinds = new Map<string, number>();

  get size(): number {
    return this.fresh.size + this.backlog.size;
  }

  /** How many queued keys start with `kind:`. */
  sizeOf(kind: string): number {
    return this.kinds.get(kind) ?? 0;
  }

  /** Queues `item` (or merges it with the one queued under `key`) at the end of its tier. */
  add(key: string, item: T, tier: Tier, merge: (queued: T, item: T) => T = (_, i) => i): void {
    const queued = this.fresh.get(key) ?? this.backlog.get(key);
    if (queued === undefined) this.count(key, 1);
    const value = queued === undefined ? item : merge(queued, item);
    if (tier === 'fresh' || this.fresh.has(key)) {
      this.backlog.delete(key);
      this.fresh.set(key, value);
    } else this.backlog.set(key, value);
    this.wake?.();
  }

  /** Puts back work that was stopped halfway, first in line. */
  putBack(key: string, item: T): void {
    if (!this.has(key)) this.count(key, 1);
    const rest = [...this.fresh];
    this.fresh.clear();
    this.fresh.set(key, item);
    for (const [k, v] of rest) if (k !== key) this.fresh.set(k, v);
    this.backlog.delete(key);
  }

  has(key: string): boolean {
    return this.fresh.has(key) || this.backlog.has(key);
  }

  /** The next piece of work, taken off the queue, with the tier it came from. */
  take(): { key: string; item: T; tier: Tier } | undefined {
    for (const [tier, queued] of [
      ['fresh', this.fresh],
      ['backlog', this.backlog],
    ] as const) {
      const first = queued.entries().next();
      if (!first.done) {
        queued.delete(first.value[0]);
        this.count(first.value[0], -1);
        return { key: first.value[0], item: first.value[1], tier };
      }
    }
    return undefined;
  }

  /** Resolves when work is added (at once if some is queued). */
  waitForWork(): Promise<void> {
    if (this.size > 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null;
        resolve();
      };
    });
  }

  /** Ends a `waitForWork` now, work or not (the reader is closing). */
  interrupt(): void {
    this.wake?.();
  }

  clear(): void {
    this.fresh.clear();
    this.backlog.clear();
    this.kinds.clear();
  }

  private count(key: string, change: number): void {
    const kind = key.slice(0, Math.max(0, key.indexOf(':')));
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + change);
  }
}
