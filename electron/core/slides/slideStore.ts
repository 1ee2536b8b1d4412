import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SlideText } from '../../../shared/slides';
import { atomicWrite } from '../fs/atomicWrite';

/** What reading an image gave: its text (maybe empty), or why it was skipped. */
export type StoredReading = { text: string } | { skipped: string };

/** A file as last hashed: the same path, time and size mean the same content. */
interface FileRecord {
  k: 'file';
  file: string;
  mtimeMs: number;
  size: number;
  hash: string;
}

/** The reading of one image content, in one set of languages. */
interface ReadingRecord {
  k: 'read';
  key: string;
  text?: string;
  skipped?: string;
}

/** An image a talk's notes show: its src as written, and the file it resolved to. */
export interface TalkImage {
  src: string;
  file: string;
}

/** The images a talk's notes show, as of one version of its file. */
interface TalkRecord {
  k: 'talk';
  id: string;
  fingerprint: string;
  images: TalkImage[];
}

type StoreRecord = FileRecord | ReadingRecord | TalkRecord;

const LOG = 'slides.jsonl';
/** The log is rewritten with live records only once it holds this many times more lines. */
const COMPACT_RATIO = 3;

/**
 * The slide reader's memory, in the app's data folder (never the
 * library): readings by image content hash (so a photo moved, renamed or
 * imported again is not read twice), the hash of each file last seen
 * (so unchanged files are not hashed again), and which images each talk
 * shows. One append-only log of JSON lines, the last record of a key
 * winning: a reading costs one small append, and a line torn by a crash
 * is skipped when read back.
 */
export class SlideStore {
  private readonly files = new Map<string, FileRecord>();
  private readonly readings = new Map<string, StoredReading>();
  private readonly talks = new Map<string, TalkRecord>();
  private lines = 0;
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async open(dir: string): Promise<SlideStore> {
    await mkdir(dir, { recursive: true });
    const store = new SlideStore(path.join(dir, LOG));
    const text = await readFile(store.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        store.apply(JSON.parse(line) as StoreRecord);
        store.lines++;
      } catch {
        // A torn last line (the app stopped mid-append) or damage: that record is read again.
      }
    }
    if (store.lines > COMPACT_RATIO * Math.max(64, store.size)) await store.compact();
    return store;
  }

  /** The content hash last recorded for this file at this time and size. */
  hashOf(file: string, mtimeMs: number, size: number): string | undefined {
    const known = this.files.get(file);
    return known && known.mtimeMs === mtimeMs && known.size === size ? known.hash : undefined;
  }

  reading(key: string): StoredReading | undefined {
    return this.readings.get(key);
  }

  /** The images a talk's notes showed at `fingerprint` (at any version without it), if recorded. */
  talkImages(id: string, fingerprint?: string): TalkImage[] | undefined {
    const talk = this.talks.get(id);
    if (!talk || (fingerprint !== undefined && talk.fingerprint !== fingerprint)) return undefined;
    return talk.images;
  }

  /**
   * The texts read from a talk's images so far, in the note's order (images
   * without text, or not read yet, left out); `keyOf` names a reading.
   */
  slideTexts(id: string, keyOf: (hash: string) => string): SlideText[] {
    const texts: SlideText[] = [];
    for (const { src, file } of this.talks.get(id)?.images ?? []) {
      const hash = this.files.get(file)?.hash;
      const stored = hash === undefined ? undefined : this.readings.get(keyOf(hash));
      if (stored && 'text' in stored && stored.text.trim()) texts.push({ src, text: stored.text });
    }
    return texts;
  }

  /** Every talk whose images are recorded. */
  talkIds(): string[] {
    return [...this.talks.keys()];
  }

  rememberFile(file: string, mtimeMs: number, size: number, hash: string): Promise<void> {
    return this.append({ k: 'file', file, mtimeMs, size, hash });
  }

  rememberReading(key: string, reading: StoredReading): Promise<void> {
    return this.append({ k: 'read', key, ...reading });
  }

  rememberTalk(id: string, fingerprint: string, images: TalkImage[]): Promise<void> {
    const known = this.talks.get(id);
    if (
      known?.fingerprint === fingerprint &&
      JSON.stringify(known.images) === JSON.stringify(images)
    )
      return Promise.resolve();
    return this.append({ k: 'talk', id, fingerprint, images });
  }

  forgetTalk(id: string): Promise<void> {
    if (!this.talks.has(id)) return Promise.resolve();
    return this.append({ k: 'talk', id, fingerprint: '', images: [] });
  }

  /** Waits for every write so far. */
  flush(): Promise<void> {
    return this.writing;
  }

  private get size(): number {
    return this.files.size + this.readings.size + this.talks.size;
  }

  private apply(record: StoreRecord): void {
    if (record.k === 'file') this.files.set(record.file, record);
    else if (record.k === 'read')
      this.readings.set(
        record.key,
        record.skipped !== undefined ? { skipped: record.skipped } : { text: record.text ?? '' },
      );
    else if (record.k === 'talk' && record.fingerprint === '') this.talks.delete(record.id);
    else if (record.k === 'talk') this.talks.set(record.id, record);
  }

  private append(record: StoreRecord): Promise<void> {
    this.apply(record);
    this.lines++;
    const line = `${JSON.stringify(record)}\n`;
    this.writing = this.writing.then(() => appendFile(this.file, line, 'utf8')).catch(() => {});
    return this.writing;
  }

  /** Rewrites the log with the live records only. */
  private async compact(): Promise<void> {
    const records: StoreRecord[] = [
      ...this.files.values(),
      ...[...this.readings].map(([key, reading]): ReadingRecord => ({
        k: 'read',
        key,
        ...reading,
      })),
      ...this.talks.values(),
    ];
    await atomicWrite(this.file, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    this.lines = records.length;
  }
}
