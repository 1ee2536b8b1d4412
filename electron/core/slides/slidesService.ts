import path from 'node:path';
import type { LibraryChange } from '../../../shared/library';
import type { SlideLanguage, SlideReading, SlidesStatus, SlideText } from '../../../shared/slides';
import { CoreError } from '../errors';
import type { LibraryService } from '../library/types';
import { contentHash } from './contentHash';
import { AbortedError, EngineError } from './ocrEngine';
import type { OcrFiles } from './ocrFiles';
import { readImage } from './readImage';
import { ReadingHold } from './readingHold';
import { SlideReader, type EngineFactory } from './slideReader';
import { SlideQueue, type Tier } from './slideQueue';
import { SlideStore } from './slideStore';
import { SlideTexts } from './slideTexts';
import { talkImages } from './talkImages';

export interface SlidesServiceOptions {
  library: LibraryService;
  /** The app's data folder; readings go in `slides/` under it, never in the library. */
  dataDir: string;
  /** The text reader's installed files; null when they are missing (the reader is then unavailable). */
  files?: OcrFiles | null;
  /** Makes the text reader for these languages (tests may count its calls); Tesseract by default. */
  engine?: EngineFactory;
  /** Reading resumes this long after the last sign of typing (default 1,500 ms). */
  idleMs?: number;
}

const IDLE_MS = 1500;

type Task =
  | { kind: 'talk'; id: string; path: string }
  | { kind: 'image'; key: string; file: string; src: string; talks: string[] };

/**
 * Reads the text of the images in notes, in the background and never in
 * the way: one image at a time on one worker thread; stopped at once when
 * the user types (the thread ends mid-image) and resumed once they stop;
 * images of notes just changed first, then the backlog. Readings are kept
 * by content hash in the app's data folder (slideStore.ts). The search
 * index takes each talk's slide texts from `textsOf`, and is told by
 * `onChanged` which talks' texts changed.
 */
export class SlidesService {
  private store: SlideStore | null = null;
  private opening: Promise<SlideStore> | null = null;
  private readonly queue = new SlideQueue<Task>();
  private readonly texts = new SlideTexts();
  private readonly statusListeners = new Set<(status: SlidesStatus) => void>();
  private readonly waiters = new Map<string, Array<() => void>>();
  /** Resolved once nothing is left to read (`drain`). */
  private emptied: Array<() => void> = [];
  private readonly reader: SlideReader;
  /** The status as last told to listeners (JSON). */
  private reported = '';
  private state: SlidesStatus = { state: 'idle', done: 0, pending: 0, skipped: 0, languages: [] };
  private running: Promise<void> | null = null;
  /** The backlog was queued and notes' changes are followed (`start`). */
  private started = false;
  private readingNow = false;
  private readonly hold: ReadingHold;
  private closed = false;
  private stopListening: () => void = () => {};

  constructor(private readonly options: SlidesServiceOptions) {
    this.reader = new SlideReader(this.folder, options.files, options.engine);
    this.hold = new ReadingHold(options.idleMs ?? IDLE_MS);
  }

  /** Loads what was read before (no image is read): `textsOf` answers from then on. */
  open(): Promise<SlideStore> {
    this.opening ??= this.load();
    return this.opening;
  }

  /** Starts reading in the background: the library's images not read yet, and those of notes as they change. */
  async start(): Promise<void> {
    await this.open();
    if (this.started) return;
    this.started = true;
    await this.queueLibrary();
    this.running ??= this.run();
  }

  /** The recognised texts of a talk's images (images without text left out). */
  textsOf(talkId: string): SlideText[] {
    return this.texts.of(talkId);
  }

  /** Called with the talks whose slide texts changed. */
  onChanged(listener: (ids: string[]) => void): () => void {
    return this.texts.onChanged(listener);
  }

  onStatus(listener: (status: SlidesStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  status(): SlidesStatus {
    return this.state;
  }

  /** The user is typing: the image being read stops now, and reading waits until they stop. */
  typing(): void {
    this.hold.typed();
    if (this.hold.urgent) return;
    if (this.readingNow) this.reader.abort();
    this.report();
  }

  pause(): SlidesStatus {
    this.hold.paused = true;
    if (this.readingNow && !this.hold.urgent) this.reader.abort();
    this.report();
    return this.state;
  }

  resume(): SlidesStatus {
    this.hold.paused = false;
    this.hold.poke();
    this.report();
    return this.state;
  }

  languageChoices(): SlideLanguage[] {
    return this.reader.choices();
  }

  /** Reads slides in these languages from now on; every image is read again in them. */
  async setLanguages(codes: string[]): Promise<SlidesStatus> {
    const store = await this.open();
    await this.reader.setLanguages(codes);
    for (const id of store.talkIds()) this.refresh(id);
    if (this.started) await this.queueLibrary();
    this.report();
    return this.state;
  }

  /**
   * What one image of a talk reads (for "Insert slide text"): read now,
   * ahead of everything else, when it has not been read yet.
   */
  async reading(talkId: string, src: string): Promise<SlideReading> {
    const store = await this.open();
    const file = await this.options.library.resolveAsset(talkId, src);
    const hash = await contentHash(store, file);
    if (!hash) throw new CoreError('not-found', `The image ${src} is missing.`);
    const key = this.reader.keyOf(hash);
    if (!store.reading(key)) {
      if (this.state.state === 'unavailable') return { kind: 'pending' };
      const done = new Promise<void>((resolve) =>
        this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]),
      );
      // First in line, and read whether the user types or paused: they asked for it.
      this.queue.putBack(`image:${key}`, { kind: 'image', key, file, src, talks: [talkId] });
      await this.hold.urgently(async () => {
        this.running ??= this.run();
        this.hold.poke();
        await done;
      });
    }
    const stored = store.reading(key);
    if (!stored) return { kind: 'pending' };
    return 'skipped' in stored
      ? { kind: 'skipped', reason: stored.skipped }
      : { kind: 'text', text: stored.text };
  }

  /**
   * Reads every image not read yet, typing or not (the `confnotes reindex`
   * command), reporting each; resolves when none is left.
   */
  async drain(onProgress: (status: SlidesStatus) => void = () => {}): Promise<SlidesStatus> {
    const stop = this.onStatus(onProgress);
    try {
      await this.hold.urgently(async () => {
        await this.start();
        this.hold.poke();
        if (this.state.state !== 'unavailable' && (this.queue.size > 0 || this.readingNow))
          await new Promise<void>((resolve) => this.emptied.push(resolve));
      });
    } finally {
      stop();
    }
    await this.store?.flush();
    return this.state;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopListening();
    this.hold.poke();
    this.queue.interrupt();
    await this.reader.close();
    await this.running?.catch(() => {});
    await this.store?.flush();
  }

  /** Every talk of the library, to look through for images not read yet: the backlog. */
  private async queueLibrary(): Promise<void> {
    const tree = await this.options.library.list();
    for (const c of tree.conferences)
      for (const t of c.talks) this.queue.add(`talk:${t.id}`, { kind: 'talk', ...t }, 'backlog');
  }

  private get folder(): string {
    return path.join(this.options.dataDir, 'slides');
  }

  private async load(): Promise<SlideStore> {
    const store = await SlideStore.open(this.folder);
    this.store = store;
    const unavailable = await this.reader.load();
    if (unavailable) this.state = { ...this.state, state: 'unavailable', message: unavailable };
    this.state.languages = this.reader.languages;
    for (const id of store.talkIds()) this.refresh(id, false);
    this.stopListening = this.options.library.onChange((change, saved) =>
      this.changed(change, saved !== undefined),
    );
    return store;
  }

  private changed(change: LibraryChange, savedByApp: boolean): void {
    // The app's own saves come once a second while the user types: a sign of typing in itself.
    if (savedByApp && !change.external) this.typing();
    if (change.entity !== 'talk') return;
    if (change.kind === 'removed') {
      void this.store?.forgetTalk(change.id);
      this.texts.forget(change.id);
      return;
    }
    if (this.running)
      this.queue.add(
        `talk:${change.id}`,
        { kind: 'talk', id: change.id, path: change.path },
        'fresh',
      );
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      this.report();
      await this.queue.waitForWork();
      if (await this.held()) continue;
      const next = this.queue.take();
      if (!next || this.closed) continue;
      const { key, item: task, tier } = next;
      try {
        if (task.kind === 'talk') await this.survey(task, tier);
        else await this.read(task);
      } catch (error) {
        if (error instanceof AbortedError) this.queue.putBack(key, task);
        else if (error instanceof EngineError) {
          // Not the image's fault: it stays to read, and the reader stops saying why.
          this.queue.putBack(key, task);
          this.state = { ...this.state, state: 'unavailable', message: error.message };
          for (const waiting of this.waiters.values()) waiting.forEach((resolve) => resolve());
          this.waiters.clear();
        } else
          this.state = {
            ...this.state,
            message: error instanceof Error ? error.message : String(error),
          };
      }
    }
  }

  /** Waits while paused or while the user types; true when it waited (the caller looks again). */
  private async held(): Promise<boolean> {
    if (this.closed) return false;
    return this.hold.wait(this.state.state === 'unavailable', () => this.report());
  }

  /** Finds a talk's images and queues those not read yet. */
  private async survey(task: Extract<Task, { kind: 'talk' }>, tier: Tier): Promise<void> {
    const store = this.store!;
    for (const image of (await talkImages(this.options.library, store, task)) ?? []) {
      const hash = await contentHash(store, image.file);
      if (!hash) continue;
      const key = this.reader.keyOf(hash);
      if (store.reading(key)) continue;
      const item: Task = { kind: 'image', key, ...image, talks: [task.id] };
      this.queue.add(`image:${key}`, item, tier, merge);
    }
    this.refresh(task.id);
  }

  private async read(task: Extract<Task, { kind: 'image' }>): Promise<void> {
    const store = this.store!;
    this.state = { ...this.state, current: task.src };
    this.readingNow = true;
    this.report();
    let reading;
    try {
      reading = await readImage(task.file, () => this.reader.get());
    } finally {
      this.readingNow = false;
      this.state = { ...this.state, current: undefined };
    }
    await store.rememberReading(task.key, reading);
    this.state = {
      ...this.state,
      done: this.state.done + 1,
      skipped: this.state.skipped + ('skipped' in reading ? 1 : 0),
      message: 'skipped' in reading ? `${task.src}: ${reading.skipped}` : this.state.message,
    };
    const changed = task.talks.filter((id) => this.refresh(id, false));
    if (changed.length > 0) this.texts.tell(changed);
    for (const resolve of this.waiters.get(task.key) ?? []) resolve();
    this.waiters.delete(task.key);
  }

  /** Recomputes a talk's slide texts from the store; true when they changed. */
  private refresh(id: string, tell = true): boolean {
    return this.texts.refresh(this.store!, id, (hash) => this.reader.keyOf(hash), tell);
  }

  private report(): void {
    const typing = this.hold.typing;
    // What the user is told is left: images. Notes still to look through for images are not.
    const pending = this.queue.sizeOf('image');
    const queued = this.queue.size;
    let state: SlidesStatus['state'] = 'idle';
    if (this.state.state === 'unavailable') state = 'unavailable';
    else if (this.readingNow) state = 'reading';
    else if (this.hold.paused && !this.hold.urgent) state = 'paused';
    else if (typing && pending > 0 && !this.hold.urgent) state = 'waiting';
    else if (pending > 0) state = 'reading';
    this.state = { ...this.state, state, pending, languages: this.reader.languages };
    // Typing reports every 500 ms: the window hears only of a change (it re-renders for each).
    const reported = JSON.stringify(this.state);
    if (reported !== this.reported)
      for (const listener of [...this.statusListeners]) listener(this.state);
    this.reported = reported;
    if ((queued === 0 && !this.readingNow) || state === 'unavailable') {
      const emptied = this.emptied;
      this.emptied = [];
      emptied.forEach((resolve) => resolve());
    }
  }
}

function merge(queued: Task, item: Task): Task {
  if (queued.kind !== 'image' || item.kind !== 'image') return item;
  return { ...queued, talks: [...new Set([...queued.talks, ...item.talks])] };
}
