import type {
  ConferenceDocument,
  LibraryChange,
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
import type { FileReplacement, ReplaceOutcome } from './replaceFiles';

/**
 * The library of notes on disk: the one owner of the user's files. Every
 * other core service (search, import, export, schedule) and both shells (the
 * app's IPC, the `confnotes` command) go through it.
 */
export interface LibraryService {
  /** Absolute path of the library folder. */
  readonly root: string;

  /** Reads every conference and talk; bad files are reported, never fatal. */
  list(): Promise<LibraryContents>;
  /** The conferences with their talk counts, newest first: what the window shows first. */
  outline(): Promise<LibraryOutline>;
  /** The talks of some conferences (all when none is given), each group in schedule order. */
  listTalks(conferenceIds?: string[]): Promise<ListedTalk[]>;
  /** The talks edited last, newest first. */
  recentTalks(limit: number): Promise<ListedTalk[]>;
  readTalk(id: string): Promise<TalkDocument>;
  readConference(id: string): Promise<ConferenceDocument>;
  /** Finds a conference by id or folder name. */
  resolveConference(idOrFolder: string): Promise<ConferenceDocument>;

  createConference(meta: ConferenceInput, body?: string): Promise<ConferenceDocument>;
  createTalk(conferenceId: string, meta: TalkInput, body?: string): Promise<TalkDocument>;
  /**
   * Writes a patch of the front matter and/or a new body. `baseRevision` is
   * the revision the caller read; when the file changed since, the new text is
   * saved as a conflict copy and a ConflictError is thrown.
   */
  updateTalk(
    id: string,
    change: { meta?: TalkPatch; body?: string },
    baseRevision: string,
  ): Promise<TalkDocument>;
  updateConference(
    id: string,
    change: { meta?: ConferencePatch; body?: string },
    baseRevision: string,
  ): Promise<ConferenceDocument>;
  moveTalk(id: string, conferenceId: string): Promise<TalkDocument>;
  deleteTalk(id: string): Promise<TrashEntry>;
  deleteConference(id: string): Promise<TrashEntry>;
  listTrash(): Promise<TrashEntry[]>;
  /** Removes everything in the trash for good, after a checkpoint when history is on. */
  emptyTrash(): Promise<{ removed: number }>;
  restore(trashId: string): Promise<{ id: string }>;

  /** Stores image bytes in the conference's `assets/`; returns the src relative to the note. */
  saveAsset(talkId: string, fileName: string, bytes: Uint8Array): Promise<{ src: string }>;
  /** Absolute path of an asset referenced from a note, checked with realpath to be inside the library. */
  resolveAsset(noteId: string, src: string): Promise<string>;

  /** Subscribes to changes from the app and from outside; returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void;
  /**
   * Hears which files (library-relative; a folder stands for all it holds)
   * the app just wrote, moved or removed, and, while watching, which ones
   * changed outside. History commits exactly these: it never scans the tree.
   */
  onFilesWritten(listener: FilesListener): () => void;
  /**
   * Writes whole files from another layer (a restored version, a sync's
   * merge) in the same queue as saves; a file that is not what the caller
   * expected keeps the user's text and gets the new one beside it. Open
   * editors hear of the result as of a change made outside.
   */
  replaceFiles(files: FileReplacement[]): Promise<ReplaceOutcome>;
  /**
   * Called before a change the user may want to undo (an import, a schedule
   * import, emptying the trash): history commits what is pending, so the
   * change gets a version of its own. Does nothing while history is off.
   */
  checkpoint(reason: string): Promise<void>;
  onCheckpoint(handler: CheckpointHandler): () => void;
  /** Starts watching the folder for changes made outside the app. */
  watch(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Hears a library change. `saved` comes with a talk the app itself just
 * saved: the talk as written (the very document the save returns: read
 * it, never change it), so that one following every autosave need not
 * read and parse the file again. It stays on the main side: only the
 * change goes to the window.
 */
export type FilesListener = (paths: string[], origin: 'app' | 'outside') => void;

export type CheckpointHandler = (reason: string) => Promise<void>;

export type ChangeListener = (change: LibraryChange, saved?: TalkDocument) => void;
