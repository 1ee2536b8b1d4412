import { mkdir } from 'node:fs/promises';
import type {
  ConferenceDocument,
  LibraryOutline,
  LibraryContents,
  ListedTalk,
  TalkDocument,
  TrashEntry,
} from '../../../shared/library';
import type {
  ConferenceInput,
  ConferencePatch,
  TalkInput,
  TalkPatch,
} from '../../../shared/schemas';
import { NotFoundError } from '../errors';
import { nodeSaveFileSystem, type SaveFileSystem } from '../fs/fileSystem';
import { resolveAssetPath, saveAssetFile } from './assets';
import { slugify } from './fileNames';
import { talkPath } from './libraryIndex';
import { buildOutline, listTalks, recentTalks } from './libraryListing';
import { LibraryState } from './libraryState';
import { buildTree } from './libraryTree';
import { NoteChanges } from './noteChanges';
import { NoteStore } from './noteStore';
import { replaceFiles, type FileReplacement, type ReplaceOutcome } from './replaceFiles';
import { TRASH_FOLDER } from './scan';
import { removeStaleTemporaries } from './staleTemporaries';
import { Trash } from './trash';
import type { ChangeListener, CheckpointHandler, FilesListener, LibraryService } from './types';
import { LibraryWatcher } from './watcher';

export interface FileLibraryOptions {
  clock?: () => Date;
  /** The file operations saves go through; tests inject faults here. */
  saveFs?: SaveFileSystem;
}

/**
 * The library as plain Markdown files in a folder the user owns: the
 * service the app, the command line and the tests call. All operations run
 * one at a time through LibraryState's queue (the index, the rescans, the
 * listeners); NoteChanges creates, updates and moves notes; Trash keeps
 * what is deleted; this class lists, reads and wires them together.
 */
export class FileLibrary implements LibraryService {
  private readonly state: LibraryState;
  private readonly changes: NoteChanges;
  private readonly saveFs: SaveFileSystem;
  private readonly clock: () => Date;
  private readonly trash: Trash;
  private watcher: LibraryWatcher | null = null;

  private constructor(
    readonly root: string,
    options: FileLibraryOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.saveFs = options.saveFs ?? nodeSaveFileSystem;
    this.state = new LibraryState(root);
    this.changes = new NoteChanges(
      this.state,
      new NoteStore(root, this.saveFs, this.clock),
      this.clock,
    );
    this.trash = new Trash(root, this.clock);
  }

  /** Opens (and creates, if needed) the library folder and reads it. */
  static async open(root: string, options: FileLibraryOptions = {}): Promise<FileLibrary> {
    await mkdir(root, { recursive: true });
    const library = new FileLibrary(root, options);
    await removeStaleTemporaries(root);
    await library.state.load();
    return library;
  }

  list(): Promise<LibraryContents> {
    return this.state.exclusive(async () => {
      await this.state.rescan();
      return buildTree(this.root, this.state.index);
    });
  }

  /**
   * The window's listings answer from the index, which the watcher keeps
   * current: reading 10,000 files' dates again is not worth a window's wait.
   * Unwatched (the command line, tests), they read the disk again first.
   */
  outline(): Promise<LibraryOutline> {
    return this.listing(() => buildOutline(this.root, this.state.index));
  }

  listTalks(conferenceIds?: string[]): Promise<ListedTalk[]> {
    return this.listing(() => listTalks(this.state.index, conferenceIds));
  }

  recentTalks(limit: number): Promise<ListedTalk[]> {
    return this.listing(() => recentTalks(this.state.index, limit));
  }

  /**
   * Reads need no turn in the queue: every write is an atomic rename, so a
   * read sees the old file or the new one. Only a read that races a move or
   * delete (the file is gone from where the index said) waits its turn and
   * tries again.
   */
  async readTalk(id: string): Promise<TalkDocument> {
    try {
      return await this.changes.readTalk(id);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return this.state.exclusive(() => this.changes.readTalk(id));
    }
  }

  readConference(id: string): Promise<ConferenceDocument> {
    return this.state.exclusive(() => this.changes.readConference(id));
  }

  resolveConference(idOrFolder: string): Promise<ConferenceDocument> {
    return this.state.exclusive(async () => {
      await this.state.rescan();
      const match = [...this.state.index.conferences.values()].find(
        (c) => c.id === idOrFolder || c.folder === idOrFolder.replace(/[/\\]+$/, ''),
      );
      if (!match) throw new NotFoundError('conference', idOrFolder);
      return this.changes.readConference(match.id);
    });
  }

  createConference(input: ConferenceInput, body = ''): Promise<ConferenceDocument> {
    return this.state.exclusive(() => this.changes.createConference(input, body));
  }

  createTalk(conferenceId: string, input: TalkInput, body = ''): Promise<TalkDocument> {
    return this.state.exclusive(() => this.changes.createTalk(conferenceId, input, body));
  }

  updateTalk(
    id: string,
    change: { meta?: TalkPatch; body?: string },
    baseRevision: string,
  ): Promise<TalkDocument> {
    return this.state.exclusive(() => this.changes.updateTalk(id, change, baseRevision));
  }

  updateConference(
    id: string,
    change: { meta?: ConferencePatch; body?: string },
    baseRevision: string,
  ): Promise<ConferenceDocument> {
    return this.state.exclusive(() => this.changes.updateConference(id, change, baseRevision));
  }

  moveTalk(id: string, conferenceId: string): Promise<TalkDocument> {
    return this.state.exclusive(() => this.changes.moveTalk(id, conferenceId));
  }

  deleteTalk(id: string): Promise<TrashEntry> {
    return this.state.exclusive(async () => {
      const talk = this.state.talk(id);
      const entry = await this.trash.put('talk', talk.meta.title, talkPath(talk));
      this.state.index.talks.delete(id);
      this.state.reports.wrote(talkPath(talk), `${TRASH_FOLDER}/${entry.trashId}`);
      this.state.emit({
        entity: 'talk',
        id,
        kind: 'removed',
        path: talkPath(talk),
        external: false,
      });
      return entry;
    });
  }

  deleteConference(id: string): Promise<TrashEntry> {
    return this.state.exclusive(async () => {
      const conference = this.state.conference(id);
      const entry = await this.trash.put('conference', conference.meta.title, conference.folder);
      this.state.reports.wrote(conference.folder, `${TRASH_FOLDER}/${entry.trashId}`);
      for (const talk of [...this.state.index.talks.values()]) {
        if (talk.conferenceId === id) this.state.index.talks.delete(talk.id);
      }
      this.state.index.conferences.delete(id);
      this.state.emit({
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
    return this.state.exclusive(() => this.trash.list());
  }

  /**
   * Removes what is in the trash for good. When history is on, what is
   * pending is committed first, so every emptied note keeps its versions.
   */
  async emptyTrash(): Promise<{ removed: number }> {
    await this.checkpoint('Before emptying the trash');
    return this.state.exclusive(async () => {
      const removed = await this.trash.empty();
      this.state.reports.wrote(...removed.map((id) => `${TRASH_FOLDER}/${id}`));
      return { removed: removed.length };
    });
  }

  restore(trashId: string): Promise<{ id: string }> {
    return this.state.exclusive(async () => {
      const restoredPath = await this.trash.restore(trashId);
      this.state.reports.wrote(`${TRASH_FOLDER}/${trashId}`, restoredPath);
      const changes = await this.state.rescan([restoredPath], false);
      const restored = changes.find(
        (c) =>
          c.kind === 'added' && (c.path === restoredPath || c.path.startsWith(`${restoredPath}/`)),
      );
      return { id: restored?.id ?? '' };
    });
  }

  saveAsset(talkId: string, fileName: string, bytes: Uint8Array): Promise<{ src: string }> {
    return this.state.exclusive(async () => {
      const talk = this.state.talk(talkId);
      const stem = slugify(talk.fileName.replace(/\.md$/, ''), 'image');
      const saved = await saveAssetFile(this.root, talk.folder, stem, fileName, bytes);
      this.state.reports.wrote(`${talk.folder}/${saved.src}`);
      return saved;
    });
  }

  resolveAsset(noteId: string, src: string): Promise<string> {
    return this.state.exclusive(async () => {
      const folder =
        this.state.index.talks.get(noteId)?.folder ??
        this.state.index.conferences.get(noteId)?.folder;
      if (!folder) throw new NotFoundError('note', noteId);
      return resolveAssetPath(this.root, folder, src);
    });
  }

  onChange(listener: ChangeListener): () => void {
    return this.state.onChange(listener);
  }

  onFilesWritten(listener: FilesListener): () => void {
    return this.state.reports.onFilesWritten(listener);
  }

  replaceFiles(files: FileReplacement[]): Promise<ReplaceOutcome> {
    return this.state.exclusive(async () => {
      const outcome = await replaceFiles(this.root, files, this.saveFs, this.clock());
      const written = [...outcome.replaced, ...outcome.keptBeside];
      this.state.reports.wrote(...written);
      // Read back as changes from outside: an open editor takes the new text in, or asks.
      await this.state.rescan(written);
      return outcome;
    });
  }

  /**
   * Reads again what changed outside the app: the paths given (library-
   * relative), or, without them, the whole library.
   */
  async refresh(paths?: string[]): Promise<void> {
    await this.state.exclusive(() => this.state.rescan(paths));
  }

  checkpoint(reason: string): Promise<void> {
    return this.state.reports.checkpoint(reason);
  }

  onCheckpoint(handler: CheckpointHandler): () => void {
    return this.state.reports.onCheckpoint(handler);
  }

  async watch(): Promise<void> {
    if (this.watcher) return;
    this.watcher = new LibraryWatcher(this.root, (paths) => {
      this.state.reports.tell(paths, 'outside');
      void this.state.exclusive(() => this.state.rescan(paths)).catch(() => {});
    });
    await this.watcher.start();
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
    await this.state.settled();
  }

  // ----- internals -----

  private listing<T>(read: () => T): Promise<T> {
    return this.state.exclusive(async () => {
      if (!this.watcher) await this.state.rescan();
      return read();
    });
  }
}
