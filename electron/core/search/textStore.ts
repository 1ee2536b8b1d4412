import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/**
 * The plain text of every indexed note, on disk in the app's data folder:
 * an append-only file of `header\ntext` entries. It keeps the notes' words
 * out of the heap (the index stores only ids), serves snippets for the hits
 * shown, and spares a rebuild the slow Markdown parse of unchanged notes.
 * Entries name their talk and fingerprint, so the store can be read back
 * even when the index snapshot that points into it is lost.
 */
export interface TextEntry {
  /** Offset of the entry's header in the file. */
  offset: number;
  /** Bytes of header + text. */
  length: number;
  fingerprint: string;
  /** Whether the notes hold an open action item: known without parsing them again. */
  open: boolean;
}

interface Header {
  id: string;
  fp: string;
  n: number;
  open?: boolean;
}

const MARK = '@@';

export class TextStore {
  private size: number;
  private liveBytes = 0;

  private constructor(
    private readonly dir: string,
    readonly generation: number,
    private fd: number,
    private readonly entries: Map<string, TextEntry>,
  ) {
    this.size = fstatSync(fd).size;
    for (const entry of entries.values()) this.liveBytes += entry.length;
  }

  /**
   * Opens generation `generation` with the entries a snapshot recorded, or,
   * without them, with whatever entries the file itself holds.
   */
  static open(dir: string, generation: number, entries?: Map<string, TextEntry>): TextStore {
    const file = fileName(dir, generation);
    const fd = openSync(file, 'a+');
    const known = entries ?? scanEntries(readFileSync(file));
    const size = fstatSync(fd).size;
    for (const [id, entry] of known) if (entry.offset + entry.length > size) known.delete(id);
    return new TextStore(dir, generation, fd, known);
  }

  /** The newest generation on disk, or 0. */
  static latestGeneration(dir: string): number {
    return Math.max(0, ...generations(dir));
  }

  has(id: string, fingerprint: string): boolean {
    return this.entries.get(id)?.fingerprint === fingerprint;
  }

  entry(id: string): TextEntry | undefined {
    return this.entries.get(id);
  }

  put(id: string, fingerprint: string, text: string, open: boolean): void {
    const body = Buffer.from(text, 'utf8');
    const header = Buffer.from(
      `${MARK}${JSON.stringify({ id, fp: fingerprint, n: body.length, open })}\n`,
      'utf8',
    );
    const bytes = Buffer.concat([header, body, Buffer.from('\n')]);
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.remove(id);
    this.entries.set(id, { offset: this.size, length: bytes.length, fingerprint, open });
    this.size += bytes.length;
    this.liveBytes += bytes.length;
  }

  /** The text, or undefined when missing or when the bytes on disk are not this talk's entry. */
  get(id: string): string | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const bytes = Buffer.alloc(entry.length);
    if (readSync(this.fd, bytes, 0, entry.length, entry.offset) !== entry.length) return undefined;
    const parsed = parseEntry(bytes, 0);
    if (!parsed || parsed.header.id !== id || parsed.header.fp !== entry.fingerprint)
      return undefined;
    return bytes.toString('utf8', parsed.textStart, parsed.textStart + parsed.header.n);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.liveBytes -= entry.length;
  }

  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  snapshot(): Array<[string, TextEntry]> {
    return [...this.entries];
  }

  /** Worth rewriting when more than half the file is replaced or removed text. */
  get wasteful(): boolean {
    return this.size > 4_000_000 && this.liveBytes < this.size / 2;
  }

  /** Writes the live entries to the next generation and returns the store over it. */
  compact(): TextStore {
    const next = TextStore.open(this.dir, this.generation + 1, new Map());
    for (const id of [...this.entries.keys()]) {
      const text = this.get(id);
      const entry = this.entries.get(id)!;
      if (text !== undefined) next.put(id, entry.fingerprint, text, entry.open);
    }
    return next;
  }

  /** Deletes every generation but this one (once a snapshot points at it). */
  dropOtherGenerations(): void {
    for (const generation of generations(this.dir)) {
      if (generation !== this.generation) rmSync(fileName(this.dir, generation), { force: true });
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

function fileName(dir: string, generation: number): string {
  return path.join(dir, `texts-${generation}.dat`);
}

function generations(dir: string): number[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const match = /^texts-(\d+)\.dat$/.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

function parseEntry(bytes: Buffer, offset: number): { header: Header; textStart: number } | null {
  if (bytes.toString('latin1', offset, offset + MARK.length) !== MARK) return null;
  const lineEnd = bytes.indexOf(10, offset);
  if (lineEnd < 0) return null;
  try {
    const header = JSON.parse(bytes.toString('utf8', offset + MARK.length, lineEnd)) as Header;
    if (
      typeof header.id !== 'string' ||
      typeof header.fp !== 'string' ||
      !Number.isInteger(header.n)
    )
      return null;
    if (lineEnd + 1 + header.n > bytes.length) return null;
    return { header, textStart: lineEnd + 1 };
  } catch {
    return null;
  }
}

/** Reads the entries back from the file alone; a damaged tail is ignored. */
function scanEntries(bytes: Buffer): Map<string, TextEntry> {
  const entries = new Map<string, TextEntry>();
  let offset = 0;
  while (offset < bytes.length) {
    const parsed = parseEntry(bytes, offset);
    if (!parsed) break;
    const length = parsed.textStart - offset + parsed.header.n + 1;
    entries.set(parsed.header.id, {
      offset,
      length,
      fingerprint: parsed.header.fp,
      open: parsed.header.open === true,
    });
    offset += length;
  }
  return entries;
}
