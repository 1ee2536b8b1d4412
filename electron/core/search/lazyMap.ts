// Map's own `size` getter, applied to a LazyMap without filling it.
// eslint-disable-next-line @typescript-eslint/unbound-method -- only ever called with .call(map)
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!;

/**
 * A Map filled from elsewhere (bytes of the saved index) on first use:
 * every way of reading or changing it fills it first, so code written for
 * Maps (MiniSearch's) cannot tell. Subclasses say how to fill and may let
 * some calls through unfilled (see LazyNotes).
 */
export abstract class LazyMap<K, V> extends Map<K, V> {
  /** True until `fill` has run. */
  protected pending = true;

  /** Puts the saved entries in, through `rawSet`; runs at most once. */
  protected abstract fill(): void;

  /** Whether the entries are still only in their saved form. */
  get isPending(): boolean {
    return this.pending;
  }

  override get(key: K): V | undefined {
    this.ensure();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.ensure();
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.ensure();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.ensure();
    return super.delete(key);
  }

  override clear(): void {
    this.pending = false;
    super.clear();
  }

  override keys(): MapIterator<K> {
    this.ensure();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.ensure();
    return super.values();
  }

  override entries(): MapIterator<[K, V]> {
    this.ensure();
    return super.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.ensure();
    super.forEach(callback, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.ensure();
    return super[Symbol.iterator]();
  }

  /** The size MiniSearch sees; subclasses may know it without filling. */
  protected countEntries(): number {
    this.ensure();
    return this.rawSize();
  }

  protected rawSize(): number {
    return mapSize.call(this) as number;
  }

  protected rawGet(key: K): V | undefined {
    return super.get(key);
  }

  protected rawSet(key: K, value: V): void {
    super.set(key, value);
  }

  /** The entries put in before filling (additions a subclass let through). */
  protected rawEntries(): Array<[K, V]> {
    const entries: Array<[K, V]> = [];
    super.forEach((value, key) => entries.push([key, value]));
    return entries;
  }

  protected rawClear(): void {
    super.clear();
  }

  protected ensure(): void {
    if (!this.pending) return;
    this.pending = false;
    this.fill();
  }

  static {
    // `size` is an accessor on Map.prototype; TypeScript will not let a subclass override it as one.
    Object.defineProperty(LazyMap.prototype, 'size', {
      configurable: true,
      get(this: LazyMap<unknown, unknown>) {
        return this.countEntries();
      },
    });
  }
}
