/**
 * The byte form of one term's postings in the compact index: for each field
 * that holds the term, its field id, how many notes, then per note the
 * short id (as a gap from the previous one) and the term's frequency, all
 * as unsigned LEB128 varints. Ids ascend within a field (MiniSearch hands
 * out short ids in increasing order), so most gaps fit in one byte.
 */

/** Per field id, per note short id, how often the term occurs: MiniSearch's leaf value. */
export type FieldPostings = Map<number, Map<number, number>>;

/** A growable byte buffer written front to back. */
export class ByteWriter {
  private bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  varint(value: number): void {
    this.room(5);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  write(source: Uint8Array): void {
    this.room(source.length);
    this.bytes.set(source, this.length);
    this.length += source.length;
  }

  /** The bytes written so far (a view: write nothing more once taken). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private room(needed: number): void {
    if (this.length + needed <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** Reads varints from `bytes`, starting at `at`; throws past `end` (a truncated or corrupt file). */
export class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
    private readonly end: number,
  ) {}

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.at >= this.end || shift > 28) throw new Error('malformed varint');
      const byte = this.bytes[this.at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  get done(): boolean {
    return this.at >= this.end;
  }
}

/**
 * Writes a term's postings, keeping only notes `live` accepts (dropping a
 * discarded note's postings is the vacuum). Returns false, writing nothing,
 * when no posting is left.
 */
export function encodePostings(
  out: ByteWriter,
  postings: FieldPostings,
  live: (shortId: number) => boolean,
): boolean {
  const fields: Array<[number, number[]]> = [];
  for (const [fieldId, notes] of postings) {
    const kept: number[] = [];
    for (const [shortId, frequency] of notes) if (live(shortId)) kept.push(shortId, frequency);
    if (kept.length > 0) fields.push([fieldId, ascending(kept)]);
  }
  if (fields.length === 0) return false;
  out.varint(fields.length);
  for (const [fieldId, kept] of fields) {
    out.varint(fieldId);
    out.varint(kept.length / 2);
    let previous = 0;
    for (let i = 0; i < kept.length; i += 2) {
      out.varint(kept[i] - previous);
      out.varint(kept[i + 1]);
      previous = kept[i];
    }
  }
  return true;
}

/** Reads back what encodePostings wrote between `start` and `end`, in the same order. */
export function decodePostings(bytes: Uint8Array, start: number, end: number): FieldPostings {
  const reader = new ByteReader(bytes, start, end);
  const postings: FieldPostings = new Map();
  for (let fields = reader.varint(); fields > 0; fields--) {
    const fieldId = reader.varint();
    const notes = new Map<number, number>();
    let shortId = 0;
    for (let count = reader.varint(); count > 0; count--) {
      shortId += reader.varint();
      notes.set(shortId, reader.varint());
    }
    postings.set(fieldId, notes);
  }
  if (reader.at !== end) throw new Error('postings do not end where their directory says');
  return postings;
}

/** Whether every note in the encoded postings is live, read without building any Map. */
export function allLive(
  bytes: Uint8Array,
  start: number,
  end: number,
  live: (shortId: number) => boolean,
): boolean {
  const reader = new ByteReader(bytes, start, end);
  for (let fields = reader.varint(); fields > 0; fields--) {
    reader.varint();
    let shortId = 0;
    for (let count = reader.varint(); count > 0; count--) {
      shortId += reader.varint();
      reader.varint();
      if (!live(shortId)) return false;
    }
  }
  return true;
}

/** `[id, frequency, …]` pairs by ascending id; already so unless MiniSearch changed how it numbers notes. */
function ascending(pairs: number[]): number[] {
  let sorted = true;
  for (let i = 2; i < pairs.length && sorted; i += 2) sorted = pairs[i] > pairs[i - 2];
  if (sorted) return pairs;
  const byId: Array<[number, number]> = [];
  for (let i = 0; i < pairs.length; i += 2) byId.push([pairs[i], pairs[i + 1]]);
  return byId.sort((a, b) => a[0] - b[0]).flat();
}
