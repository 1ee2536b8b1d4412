import type { SearchEngine } from './searchEngine';

/** Postings a query reads before the notes' liveness and lengths are copied into arrays. */
const DENSE_AFTER = 4096;

/**
 * What scoring a posting needs to know of its note, for one query: whether
 * it is still indexed and its fields' lengths. Read from MiniSearch's Maps
 * at first; once a query has read many postings (a common word, a short
 * prefix), copied into arrays indexed by short id, as two Map lookups per
 * posting cost more than the copy. Never kept between queries, so it cannot
 * go stale when notes are added, replaced or removed.
 */
export class NoteTable {
  private alive: Uint8Array | null = null;
  private lengths: Float64Array | null = null;
  private readonly width: number;
  private postings = 0;

  constructor(private readonly engine: SearchEngine) {
    this.width = engine.fieldIdLimit;
  }

  /** Counts postings about to be scored; past DENSE_AFTER, switches to arrays. */
  countPostings(count: number): void {
    this.postings += count;
    if (!this.alive && this.postings > DENSE_AFTER) this.copy();
  }

  live(shortId: number): boolean {
    return this.alive ? this.alive[shortId] === 1 : this.engine.isLive(shortId);
  }

  /** The note's length in the field, as MiniSearch records it. */
  length(shortId: number, fieldId: number): number {
    return this.lengths
      ? this.lengths[shortId * this.width + fieldId]
      : this.engine.fieldLengthsOf(shortId)![fieldId];
  }

  private copy(): void {
    const limit = this.engine.shortIdLimit;
    const alive = new Uint8Array(limit);
    const lengths = new Float64Array(limit * this.width);
    const width = this.width;
    this.engine.forEachLive((shortId) => (alive[shortId] = 1));
    this.engine.forEachFieldLengths((fields, shortId) => {
      // A field never indexed for the note has no length: undefined, as MiniSearch would read.
      for (let f = 0; f < width; f++) lengths[shortId * width + f] = fields[f] ?? NaN;
    });
    this.alive = alive;
    this.lengths = lengths;
  }
}
