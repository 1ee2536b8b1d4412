import { mkdir, readdir, rename } from 'node:fs/promises';
import { ulid } from 'ulid';
import type {
  ConferenceDocument,
  LibraryChange,
  LibraryOutline,
  LibraryTree,
  ListedTalk,
  TalkDocument,
  TrashEntry,
} from '../../../shared/library';
import {
  ConferenceInputSchema,
  ConferenceMetaSchema,
  ConferencePatchSchema,
  TalkInputSchema,
  TalkMetaSchema,
  TalkPatchSchema,
  type ConferenceInput,
  type ConferenceMeta,
  type ConferencePatch,
  type TalkInput,
  type TalkMeta,
  type TalkPatch,
} from '../../../shared/schemas';
import { NotFoundError } from '../errors';
import { nodeSaveFileSystem, type SaveFileSystem } from '../fs/fileSystem';
import { resolveAssetPath, saveAssetFile } from './assets';
import { insideLibrary, slugify, uniqueName } from './fileNames';
import { buildTree, listing } from './libraryTree';
import { buildOutline, listTalks, recentTalks, withListing } from './libraryListing';
import { diffIndexes, scanLibrary, talkPath, type LibraryIndex } from './libraryIndex';
import { FileReports } from './fileReports';
import { rescanPaths } from './pathRescan';
import { NoteWriter } from './noteSaver';
import { ASSETS_FOLDER, CONFERENCE_FILE, TRASH_FOLDER, completeMeta, type ScanCache } from './scan';
import { removeStaleTemporaries } from './staleTemporaries';
import { Trash } from './trash';
import {
  freeTalkFileName,
  inSchemaOrder,
  readConferenceDocument,
  readTalkDocument,
  talkDocument,
} from './documents';
import { replaceFiles, type FileReplacement, type ReplaceOutcome } from './replaceFiles';
import type { ChangeListener, CheckpointHandler, FilesListener, LibraryService } from './types';
import { LibraryWatcher } from './watcher';

export interface FileLibraryOptions {
  clock?: () => Date;
  /** The file operations saves go through; tests inject faults here. */
  saveFs?: SaveFileSystem;
}

/**
 * The library as plain Markdown files in a folder the user owns. All
 * operations run one at a time, so autosaves, moves and the watcher's rescans
 * never interleave; the in-memory index is what the app knows of the disk, and
 * a rescan's difference from it is, by construction, what changed outside.
 */
export class FileLibrary implements LibraryService {
  private index: LibraryIndex = { conferences: new Map(), talks: new Map(), problems: [] };
  private readonly cache: ScanCache = new Map();
  private readonly listeners = new Set<ChangeListener>();
  private readonly reports = new FileReports();
  private readonly saveFs: SaveFileSystem;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly clock: () => Date;
  private readonly writer: NoteWriter;
  private readonly trash: Trash;
  private watcher: LibraryWatcher | null = null;

  private constructor(
    readonly root: string,
    options: FileLibraryOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.saveFs = options.saveFs ?? nodeSaveFileSystem;
    this.writer = new NoteWriter(root, this.saveFs, this.clock);
    this.trash = new Trash(root, this.clock);
  }

  /** Opens (and creates, if needed) the library folder and reads it. */
  static async open(root: string, options: FileLibraryOptions = {}): Promise<FileLibrary> {
    await mkdir(root, { recursive: true });
    const library = new FileLibrary(root, options);
    await removeStaleTemporaries(root);
    library.index = await scanLibrary(root, library.cache);
    return library;
  }

  list(): Promise<LibraryTree> {
    return this.exclusive(async () => {
      await this.rescan();
      return buildTree(this.root, this.index);
    });
  }

  /**
   * The window's listings answer from the index, which the watcher keeps
   * current: reading 10,000 files' dates again is not worth a window's wait.
   * Unwatched (the command line, tests), they read the disk again first.
   */
  outline(): Promise<LibraryOutline> {
    return this.listing(() => buildOutline(this.root, this.index));
  }

  listTalks(conferenceIds?: string[]): Promise<ListedTalk[]> {
    return this.listing(() => listTalks(this.index, conferenceIds));
  }

  recentTalks(limit: number): Promise<ListedTalk[]> {
    return this.listing(() => recentTalks(this.index, limit));
  }

  /**
   * Reads need no turn in the queue: every write is an atomic rename, so a
   * read sees the old file or the new one. Only a read that races a move or
   * delete (the file is gone from where the index said) waits its turn and
   * tries again.
   */
  async readTalk(id: string): Promise<TalkDocument> {
    try {
      return await this.readTalkNow(id);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return this.exclusive(() => this.readTalkNow(id));
    }
  }

  readConference(id: string): Promise<ConferenceDocument> {
    return this.exclusive(() => this.readConferenceNow(id));
  }

  resolveConference(idOrFolder: string): Promise<ConferenceDocument> {
    return this.exclusive(async () => {
      await this.rescan();
      const match = [...this.index.conferences.values()].find(
        (c) => c.id === idOrFolder || c.folder === idOrFolder.replace(/[/\\]+$/, ''),
      );
      if (!match) throw new NotFoundError('conference', idOrFolder);
      return this.readConferenceNow(match.id);
    });
  }

  createConference(input: ConferenceInput, body = ''): Promise<ConferenceDocument> {
    return this.exclusive(async () => {
      const fields = ConferenceInputSchema.parse(input);
      const id = ulid();
      const stem = slugify(fields.title, 'conference');
      const taken = new Set((await readdir(this.root)).map((n) => n.toLowerCase()));
      // The library's scan skips a top-level assets/ folder: a conference there would vanish.
      taken.add(ASSETS_FOLDER);
      const year = fields.starts?.slice(0, 4);
      const folder = uniqueName(
        year && !stem.startsWith(year) ? `${year}-${stem}` : stem,
        '',
        (n) => taken.has(n),
      );
      await mkdir(insideLibrary(this.root, folder));
      const meta: ConferenceMeta = ConferenceMetaSchema.parse({ ...fields, id });
      const revision = await this.writer.create(
        `${folder}/${CONFERENCE_FILE}`,
        inSchemaOrder(meta, ConferenceMetaSchema.shape),
        body,
      );
      this.index.conferences.set(id, { id, folder, meta, hasFile: true, revision, problems: [] });
      this.reports.wrote(`${folder}/${CONFERENCE_FILE}`);
      this.emit({
        entity: 'conference',
        id,
        kind: 'added',
        path: `${folder}/${CONFERENCE_FILE}`,
        external: false,
      });
      return this.readConferenceNow(id);
    });
  }

  createTalk(conferenceId: string, input: TalkInput, body = ''): Promise<TalkDocument> {
    return this.exclusive(async () => {
      const conference = this.conference(conferenceId);
      const fields = TalkInputSchema.parse(input);
      const id = ulid();
      const now = this.clock().toISOString();
      const meta: TalkMeta = TalkMetaSchema.parse({ ...fields, id, created: now, updated: now });
      const fileName = await this.freeFileName(conference.folder, slugify(meta.title, 'talk'));
      const path = `${conference.folder}/${fileName}`;
      const revision = await this.writer.create(
        path,
        inSchemaOrder(meta, TalkMetaSchema.shape),
        body,
      );
      this.index.talks.set(id, {
        id,
        conferenceId,
        folder: conference.folder,
        fileName,
        meta,
        revision,
        problems: [],
        conflicts: [],
      });
      this.reports.wrote(path);
      this.emit({ entity: 'talk', id, kind: 'added', path, external: false });
      return this.readTalkNow(id);
    });
  }

  updateTalk(
    id: string,
    change: { meta?: TalkPatch; body?: string },
    baseRevision: string,
  ): Promise<TalkDocument> {
    return this.exclusive(async () => {
      const talk = this.talk(id);
      const listedBefore = listing(talk);
      const pathBefore = talkPath(talk);
      const patch = TalkPatchSchema.parse(change.meta ?? {});
      const result = await this.reports.reportingConflicts(() =>
        this.writer.update(
          talkPath(talk),
          TalkMetaSchema,
          talk.id,
          patch,
          change.body,
          baseRevision,
        ),
      );
      if (!result.written) return this.readTalkNow(id);
      talk.revision = result.revision;
      talk.meta = completeMeta<TalkMeta>(TalkMetaSchema, result.fields, id, talk.meta.title);
      talk.problems = [];
      if (patch.title && slugify(patch.title) !== slugify(talk.fileName.replace(/\.md$/, ''))) {
        await this.renameTalkFile(talk, slugify(patch.title, 'talk'));
      }
      this.reports.wrote(pathBefore, talkPath(talk));
      // What was just written, as reading it back would give it: neither the caller nor a
      // listener (the search index, at every autosave) reads and parses the file again.
      const saved = talkDocument(talk, result);
      this.emit(
        {
          entity: 'talk',
          id,
          kind: 'changed',
          path: talkPath(talk),
          external: false,
          ...(listing(talk) === listedBefore && { notesOnly: true }),
        },
        saved,
      );
      return saved;
    });
  }

  updateConference(
    id: string,
    change: { meta?: ConferencePatch; body?: string },
    baseRevision: string,
  ): Promise<ConferenceDocument> {
    return this.exclusive(async () => {
      const conference = this.conference(id);
      const listedBefore = listing(conference);
      const patch = ConferencePatchSchema.parse(change.meta ?? {});
      const path = `${conference.folder}/${CONFERENCE_FILE}`;
      const result = await this.reports.reportingConflicts(() =>
        this.writer.update(path, ConferenceMetaSchema, id, patch, change.body, baseRevision),
      );
      if (!result.written) return this.readConferenceNow(id);
      this.reports.wrote(path);
      Object.assign(conference, {
        revision: result.revision,
        hasFile: true,
        problems: [],
        meta: completeMeta<ConferenceMeta>(
          ConferenceMetaSchema,
          result.fields,
          id,
          conference.meta.title,
        ),
      });
      this.emit({
        entity: 'conference',
        id,
        kind: 'changed',
        path,
        external: false,
        ...(listing(conference) === listedBefore && { notesOnly: true }),
      });
      return this.readConferenceNow(id);
    });
  }

  moveTalk(id: string, conferenceId: string): Promise<TalkDocument> {
    return this.exclusive(async () => {
      const talk = this.talk(id);
      const target = this.conference(conferenceId);
      if (talk.conferenceId === conferenceId) return this.readTalkNow(id);
      const fileName = await this.freeFileName(target.folder, talk.fileName.replace(/\.md$/, ''));
      const from = talkPath(talk);
      await this.writer.moveWithAssets(from, `${target.folder}/${fileName}`);
      Object.assign(talk, { conferenceId, folder: target.folder, fileName });
      this.reports.wrote(from, talkPath(talk), `${target.folder}/${ASSETS_FOLDER}`);
      this.emit({ entity: 'talk', id, kind: 'changed', path: talkPath(talk), external: false });
      return this.readTalkNow(id);
    });
  }

  deleteTalk(id: string): Promise<TrashEntry> {
    return this.exclusive(async () => {
      const talk = this.talk(id);
      const entry = await this.trash.put('talk', talk.meta.title, talkPath(talk));
      this.index.talks.delete(id);
      this.reports.wrote(talkPath(talk), `${TRASH_FOLDER}/${entry.trashId}`);
      this.emit({ entity: 'talk', id, kind: 'removed', path: talkPath(talk), external: false });
      return entry;
    });
  }

  deleteConference(id: string): Promise<TrashEntry> {
    return this.exclusive(async () => {
      const conference = this.conference(id);
      const entry = await this.trash.put('conference', conference.meta.title, conference.folder);
      this.reports.wrote(conference.folder, `${TRASH_FOLDER}/${entry.trashId}`);
      for (const talk of [...this.index.talks.values()]) {
        if (talk.conferenceId === id) this.index.talks.delete(talk.id);
      }
      this.index.conferences.delete(id);
      this.emit({
        entity: 'conference',
        id,
        kind: 'removed',
        path: conference.folder,
        external: false,
      });
      return entry;
    });
  }

  listTrash(): Promise<TrashEntry[]> {
    return this.exclusive(() => this.trash.list());
  }

  /**
   * Removes what is in the trash for good. When history is on, what is
   * pending is committed first, so every emptied note keeps its versions.
   */
  async emptyTrash(): Promise<{ removed: number }> {
    await this.checkpoint('Before emptying the trash');
    return this.exclusive(async () => {
      const removed = await this.trash.empty();
      this.reports.wrote(...removed.map((id) => `${TRASH_FOLDER}/${id}`));
      return { removed: removed.length };
    });
  }

  restore(trashId: string): Promise<{ id: string }> {
    return this.exclusive(async () => {
      const restoredPath = await this.trash.restore(trashId);
      this.reports.wrote(`${TRASH_FOLDER}/${trashId}`, restoredPath);
      const changes = await this.rescan([restoredPath], false);
      const restored = changes.find(
        (c) =>
          c.kind === 'added' && (c.path === restoredPath || c.path.startsWith(`${restoredPath}/`)),
      );
      return { id: restored?.id ?? '' };
    });
  }

  saveAsset(talkId: string, fileName: string, bytes: Uint8Array): Promise<{ src: string }> {
    return this.exclusive(async () => {
      const talk = this.talk(talkId);
      const stem = slugify(talk.fileName.replace(/\.md$/, ''), 'image');
      const saved = await saveAssetFile(this.root, talk.folder, stem, fileName, bytes);
      this.reports.wrote(`${talk.folder}/${saved.src}`);
      return saved;
    });
  }

  resolveAsset(noteId: string, src: string): Promise<string> {
    return this.exclusive(async () => {
      const folder =
        this.index.talks.get(noteId)?.folder ?? this.index.conferences.get(noteId)?.folder;
      if (!folder) throw new NotFoundError('note', noteId);
      return resolveAssetPath(this.root, folder, src);
    });
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onFilesWritten(listener: FilesListener): () => void {
    return this.reports.onFilesWritten(listener);
  }

  replaceFiles(files: FileReplacement[]): Promise<ReplaceOutcome> {
    return this.exclusive(async () => {
      const outcome = await replaceFiles(this.root, files, this.saveFs, this.clock());
      const written = [...outcome.replaced, ...outcome.keptBeside];
      this.reports.wrote(...written);
      // Read back as changes from outside: an open editor takes the new text in, or asks.
      await this.rescan(written);
      return outcome;
    });
  }

  /**
   * Reads again what changed outside the app: the paths given (library-
   * relative), or, without them, the whole library.
   */
  async refresh(paths?: string[]): Promise<void> {
    await this.exclusive(() => this.rescan(paths));
  }

  checkpoint(reason: string): Promise<void> {
    return this.reports.checkpoint(reason);
  }

  onCheckpoint(handler: CheckpointHandler): () => void {
    return this.reports.onCheckpoint(handler);
  }

  async watch(): Promise<void> {
    if (this.watcher) return;
    this.watcher = new LibraryWatcher(this.root, (paths) => {
      this.reports.tell(paths, 'outside');
      void this.exclusive(() => this.rescan(paths)).catch(() => {});
    });
    await this.watcher.start();
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
    await this.queue.catch(() => {});
  }

  // ----- internals -----

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }

  /**
   * Reads the disk again; whatever differs from the index changed outside
   * the app. Given the paths that changed, only those are read (see
   * pathRescan.ts), unless they are beyond what it decides from paths alone.
   */
  private async rescan(paths?: string[], external = true): Promise<LibraryChange[]> {
    let changes = paths ? await rescanPaths(this.root, this.index, this.cache, paths) : null;
    if (!changes) {
      const before = this.index;
      this.index = await scanLibrary(this.root, this.cache);
      changes = diffIndexes(before, this.index);
    }
    if (!external) changes = changes.map((change) => ({ ...change, external: false }));
    changes.forEach((change) => this.emit(change));
    return changes;
  }

  private listing<T>(read: () => T): Promise<T> {
    return this.exclusive(async () => {
      if (!this.watcher) await this.rescan();
      return read();
    });
  }

  private emit(bare: LibraryChange, saved?: TalkDocument): void {
    const change = withListing(bare, this.index);
    for (const listener of this.listeners) {
      try {
        listener(change, saved);
      } catch {
        // A failing listener must not break a save.
      }
    }
  }

  private talk(id: string) {
    const talk = this.index.talks.get(id);
    if (!talk) throw new NotFoundError('talk', id);
    return talk;
  }

  private conference(id: string) {
    const conference = this.index.conferences.get(id);
    if (!conference) throw new NotFoundError('conference', id);
    return conference;
  }

  private readTalkNow(id: string): Promise<TalkDocument> {
    return readTalkDocument(this.writer, this.talk(id));
  }

  private readConferenceNow(id: string): Promise<ConferenceDocument> {
    return readConferenceDocument(this.writer, this.conference(id));
  }

  private freeFileName(folder: string, stem: string): Promise<string> {
    return freeTalkFileName(this.root, folder, stem);
  }

  private async renameTalkFile(
    talk: { folder: string; fileName: string },
    stem: string,
  ): Promise<void> {
    const fileName = await this.freeFileName(talk.folder, stem);
    await rename(
      insideLibrary(this.root, talkPath(talk)),
      insideLibrary(this.root, talk.folder, fileName),
    );
    talk.fileName = fileName;
  }
}
