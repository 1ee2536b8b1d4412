/**
 * The byte form of one term's postings in the compact index, all unsigned
 * LEB128 varints: how many fields hold the term, then per field its id, how
 * many notes, the highest note short id, the notes' byte length, and per
 * note its short id (as a gap from the previous one) and the term's
 * frequency. Ids ascend within a field (MiniSearch hands out short ids in
 * increasing order), so most gaps fit in one byte; the header lets a field
 * be skipped, or appended to, without reading its notes.
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

/** Bytes `varint(value)` takes. */
export function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 128)) size++;
  return size;
}

/** Calls `put` for each (short id, frequency) pair of one field's notes, in order. */
export function decodeNotes(
  bytes: Uint8Array,
  start: number,
  end: number,
  put: (shortId: number, frequency: number) => void,
): void {
  const reader = new ByteReader(bytes, start, end);
  let shortId = 0;
  while (!reader.done) {
    shortId += reader.varint();
    put(shortId, reader.varint());
  }
}

/** Whether every note of one field's encoded notes is live, read without building any Map. */
export function notesAllLive(
  bytes: Uint8Array,
  start: number,
  end: number,
  live: (shortId: number) => boolean,
): boolean {
  const reader = new ByteReader(bytes, start, end);
  let shortId = 0;
  while (!reader.done) {
    shortId += reader.varint();
    reader.varint();
    if (!live(shortId)) return false;
  }
  return true;
}

/** Whether every note of a whole encoded term is live. */
export function termAllLive(
  bytes: Uint8Array,
  start: number,
  end: number,
  live: (shortId: number) => boolean,
): boolean {
  const reader = new ByteReader(bytes, start, end);
  for (let fields = reader.varint(); fields > 0; fields--) {
    reader.varint();
    reader.varint();
    reader.varint();
    const length = reader.varint();
    if (!notesAllLive(bytes, reader.at, reader.at + length, live)) return false;
    reader.at += length;
  }
  return true;
}

/** Appends to `pairs` the `id, frequency` of each note of one field's encoded notes that `live` accepts. */
export function liveNotes(
  bytes: Uint8Array,
  start: number,
  end: number,
  live: (shortId: number) => boolean,
  pairs: number[],
): void {
  decodeNotes(bytes, start, end, (shortId, frequency) => {
    if (live(shortId)) pairs.push(shortId, frequency);
  });
}

/**
 * Reads one field's encoded notes into `out` as `id, frequency, …` (it
 * must have room for them all) and returns how many numbers it wrote.
 * Queries read postings this way, in one tight loop: a query for a short
 * prefix reads 50,000 of them.
 */
export function decodePairs(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Int32Array,
): number {
  let at = start;
  let used = 0;
  let shortId = 0;
  while (at < end) {
    // Two varints: the gap from the previous note's id, then the frequency.
    for (let half = 0; half < 2; half++) {
      let value = 0;
      let scale = 1;
      let byte = 0x80;
      while (byte >= 0x80) {
        if (at >= end || scale > 2 ** 28) throw new Error('malformed varint');
        byte = bytes[at++];
        value += (byte & 0x7f) * scale;
        scale *= 128;
      }
      if (half === 0) out[used++] = shortId += value;
      else out[used++] = value;
    }
  }
  return used;
}
