import { LazyMap } from './lazyMap';

/**
 * A word's postings in one field while a build adds them (bulkAdd.ts): the
 * notes come in ascending short id, each once, so they are appended to one
 * typed array of `[id, frequency]` pairs instead of set one by one in a Map
 * (4.7 million Map inserts were most of a 10,000-note build). Saving writes
 * the pairs as they are (compactLeaf.ts); any other use (a query during the
 * build, an edit) fills the Map first, as a loaded leaf does.
 */
export class AppendedNotes extends LazyMap<number, number> {
  private pairs = new Int32Array(4);
  private used = 0;

  /** Adds a note with a higher short id than any before; only while still pending. */
  append(shortId: number, frequency: number): void {
    if (this.used === this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.used++] = shortId;
    this.pairs[this.used++] = frequency;
  }

  /** `[id, frequency, …]` of the notes `live` accepts, by ascending id; while still pending. */
  livePairs(live: (shortId: number) => boolean): number[] {
    const kept: number[] = [];
    for (let i = 0; i < this.used; i += 2)
      if (live(this.pairs[i])) kept.push(this.pairs[i], this.pairs[i + 1]);
    return kept;
  }

  protected override countEntries(): number {
    return this.pending ? this.used / 2 : this.rawSize();
  }

  protected fill(): void {
    for (let i = 0; i < this.used; i += 2) this.rawSet(this.pairs[i], this.pairs[i + 1]);
    this.pairs = new Int32Array(0);
    this.used = 0;
  }
}
