import { ByteReader, decodeNotes } from './compactCodec';
import { LazyMap } from './lazyMap';

/**
 * One term's postings as MiniSearch expects them (field id → note → how
 * often), kept as bytes of the saved index until first touched. Filling it
 * reads only the fields' headers; each field's notes stay bytes in a
 * LazyNotes until a search or a removal reads them.
 */
export class LazyLeaf extends LazyMap<number, Map<number, number>> {
  constructor(
    readonly bytes: Uint8Array,
    readonly start: number,
    readonly end: number,
  ) {
    super();
  }

  /**
   * While still pending, where a field's notes lie in the bytes and how
   * many there are, `[start, end, count]`, read without filling the leaf
   * (queries read the notes straight from there); null if the term is not
   * in that field.
   */
  savedNotes(fieldId: number): [number, number, number] | null {
    const reader = new ByteReader(this.bytes, this.start, this.end);
    for (let fields = reader.varint(); fields > 0; fields--) {
      const id = reader.varint();
      const count = reader.varint();
      reader.varint();
      const length = reader.varint();
      if (id === fieldId) return [reader.at, reader.at + length, count];
      reader.at += length;
    }
    return null;
  }

  protected fill(): void {
    const reader = new ByteReader(this.bytes, this.start, this.end);
    for (let fields = reader.varint(); fields > 0; fields--) {
      const fieldId = reader.varint();
      const count = reader.varint();
      const lastId = reader.varint();
      const length = reader.varint();
      const start = reader.at;
      reader.at += length;
      this.rawSet(fieldId, new LazyNotes(this.bytes, start, reader.at, count, lastId));
    }
  }
}

/**
 * One field's notes of a term (note short id → frequency), still bytes.
 * A note added to the index has a short id above every saved one, so
 * adding it (MiniSearch's `get` then `set` of that id) needs no decoding:
 * saving a note touches hundreds of terms, each listing thousands of notes.
 */
export class LazyNotes extends LazyMap<number, number> {
  constructor(
    readonly bytes: Uint8Array,
    readonly start: number,
    readonly end: number,
    /** Notes in the bytes. */
    readonly count: number,
    /** The highest short id in the bytes. */
    readonly lastId: number,
  ) {
    super();
  }

  override get(shortId: number): number | undefined {
    return this.pending && shortId > this.lastId ? this.rawGet(shortId) : super.get(shortId);
  }

  override set(shortId: number, frequency: number): this {
    if (this.pending && shortId > this.lastId) this.rawSet(shortId, frequency);
    else super.set(shortId, frequency);
    return this;
  }

  /** Notes added since loading, by ascending id, while the saved ones are still bytes. */
  additions(): Array<[number, number]> {
    return this.rawEntries();
  }

  protected override countEntries(): number {
    return this.pending ? this.count + this.rawSize() : this.rawSize();
  }

  protected fill(): void {
    // Saved notes first, then the added ones: ascending ids, as MiniSearch would have them.
    const added = this.rawEntries();
    this.rawClear();
    decodeNotes(this.bytes, this.start, this.end, (shortId, frequency) =>
      this.rawSet(shortId, frequency),
    );
    for (const [shortId, frequency] of added) this.rawSet(shortId, frequency);
  }
}
