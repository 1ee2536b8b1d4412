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
import type { ScanState } from '../../../shared/markdown/incrementalPlainText';

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
  /** Bytes of the note's Markdown stored after its text, when its scan is kept. */
  m?: number;
  /** The scan's blocks as `[start, line, open]`. */
  b?: Array<[number, number, 0 | 1]>;
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

  /**
   * Stores a note's text; with `scan` (the scan that gave the text), also
   * its Markdown and blocks, so that its next save, even in a later
   * session, re-parses only what changed.
   */
  put(id: string, fingerprint: string, text: string, open: boolean, scan?: ScanState | null): void {
    const body = Buffer.from(text, 'utf8');
    const markdown = scan ? Buffer.from(scan.markdown, 'utf8') : null;
    const fields: Header = { id, fp: fingerprint, n: body.length, open };
    if (scan && markdown) {
      fields.m = markdown.length;
      fields.b = scan.blocks.map((b) => [b.start, b.line, b.open ? 1 : 0]);
    }
    const header = Buffer.from(`${MARK}${JSON.stringify(fields)}\n`, 'utf8');
    const parts = [header, body, ...(markdown ? [markdown] : []), Buffer.from('\n')];
    const bytes = Buffer.concat(parts);
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.remove(id);
    this.entries.set(id, { offset: this.size, length: bytes.length, fingerprint, open });
    this.size += bytes.length;
    this.liveBytes += bytes.length;
  }

  /** The text, or undefined when missing or when the bytes on disk are not this talk's entry. */
  get(id: string): string | undefined {
    const read = this.read(id);
    return read && read.bytes.toString('utf8', read.textStart, read.textStart + read.header.n);
  }

  /** The scan kept with the note's text, if one was (and it holds together). */
  scan(id: string): ScanState | undefined {
    return this.textAndScan(id)?.scan;
  }

  /** The text and the scan kept with it (if one was, and it holds together), in one read. */
  textAndScan(id: string): { text: string; scan?: ScanState } | undefined {
    const read = this.read(id);
    if (!read) return undefined;
    const { bytes, textStart, header } = read;
    const textEnd = textStart + header.n;
    const text = bytes.toString('utf8', textStart, textEnd);
    const kept = header.b;
    if (header.m === undefined || !Array.isArray(kept)) return { text };
    const scan: ScanState = {
      markdown: bytes.toString('utf8', textEnd, textEnd + header.m),
      lines: text === '' ? [] : text.split('\n'),
      blocks: kept.map(([start, line, open]) => ({ start, line, open: open === 1 })),
    };
    return consistent(scan) ? { text, scan } : { text };
  }

  private read(id: string): { bytes: Buffer; header: Header; textStart: number } | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const bytes = Buffer.alloc(entry.length);
    if (readSync(this.fd, bytes, 0, entry.length, entry.offset) !== entry.length) return undefined;
    const parsed = parseEntry(bytes, 0);
    if (!parsed || parsed.header.id !== id || parsed.header.fp !== entry.fingerprint)
      return undefined;
    return { bytes, ...parsed };
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
      if (text !== undefined) next.put(id, entry.fingerprint, text, entry.open, this.scan(id));
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

/** Blocks in order, inside the Markdown and the lines, the first at the start: else not used. */
function consistent({ markdown, lines, blocks }: ScanState): boolean {
  if (blocks.length === 0 || blocks[0].start !== 0 || blocks[0].line !== 0) return false;
  return blocks.every(
    (b, i) =>
      Number.isInteger(b.start) &&
      Number.isInteger(b.line) &&
      b.start <= markdown.length &&
      b.line <= lines.length &&
      (i === 0 || (b.start > blocks[i - 1].start && b.line >= blocks[i - 1].line)),
  );
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
      !Number.isInteger(header.n) ||
      (header.m !== undefined && !Number.isInteger(header.m))
    )
      return null;
    if (lineEnd + 1 + header.n + (header.m ?? 0) > bytes.length) return null;
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
    const length = parsed.textStart - offset + parsed.header.n + (parsed.header.m ?? 0) + 1;
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
