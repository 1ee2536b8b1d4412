import { decodePostings, type FieldPostings } from './compactCodec';

/**
 * One term's postings as MiniSearch expects them (a Map of field id to a
 * Map of note to frequency), kept as bytes of the saved index until first
 * touched. Loading an index is then one object per term instead of millions
 * of Map entries; a query decodes only the terms it reaches. Every way of
 * reading or changing the Map decodes first, so to MiniSearch it is a Map.
 */
export class LazyLeaf extends Map<number, Map<number, number>> {
  private bytes: Uint8Array | null;

  constructor(
    bytes: Uint8Array,
    private start: number,
    private end: number,
  ) {
    super();
    this.bytes = bytes;
  }

  /** The still encoded bytes `[bytes, start, end)`, or null once decoded. */
  encoded(): { bytes: Uint8Array; start: number; end: number } | null {
    return this.bytes && { bytes: this.bytes, start: this.start, end: this.end };
  }

  override get(fieldId: number): Map<number, number> | undefined {
    this.materialize();
    return super.get(fieldId);
  }

  override has(fieldId: number): boolean {
    this.materialize();
    return super.has(fieldId);
  }

  override set(fieldId: number, notes: Map<number, number>): this {
    this.materialize();
    return super.set(fieldId, notes);
  }

  override delete(fieldId: number): boolean {
    this.materialize();
    return super.delete(fieldId);
  }

  override clear(): void {
    this.bytes = null;
    super.clear();
  }

  override keys(): MapIterator<number> {
    this.materialize();
    return super.keys();
  }

  override values(): MapIterator<Map<number, number>> {
    this.materialize();
    return super.values();
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.materialize();
    return super.entries();
  }

  override forEach(
    callback: (
      notes: Map<number, number>,
      fieldId: number,
      map: Map<number, Map<number, number>>,
    ) => void,
    thisArg?: unknown,
  ): void {
    this.materialize();
    super.forEach(callback, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    this.materialize();
    return super[Symbol.iterator]();
  }

  static {
    // `size` is an accessor on Map.prototype; TypeScript will not let a subclass override it as one.
    Object.defineProperty(LazyLeaf.prototype, 'size', {
      configurable: true,
      get(this: LazyLeaf) {
        return this.fieldCount();
      },
    });
  }

  /** Map's own size, counted: a term is in at most one entry per indexed field. */
  private fieldCount(): number {
    this.materialize();
    let count = 0;
    super.forEach(() => count++);
    return count;
  }

  private materialize(): void {
    const bytes = this.bytes;
    if (bytes === null) return;
    this.bytes = null;
    const postings: FieldPostings = decodePostings(bytes, this.start, this.end);
    for (const [fieldId, notes] of postings) super.set(fieldId, notes);
  }
}
