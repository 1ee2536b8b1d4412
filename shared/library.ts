import type { ConferenceMeta, TalkMeta } from './schemas';

/**
 * The library as the core reports it. Paths are library-relative with `/`
 * separators; the renderer passes ids, never paths.
 */

/** One problem with one file: shown to the user, never a reason to stop loading. */
export interface FileProblem {
  path: string;
  message: string;
}

export interface TalkSummary {
  id: string;
  conferenceId: string;
  path: string;
  meta: TalkMeta;
  problems: string[];
}

export interface ConferenceSummary {
  id: string;
  /** The conference's folder, e.g. `2021-all-day-devops`. */
  folder: string;
  path: string;
  meta: ConferenceMeta;
  problems: string[];
  /** Talks in time order (then title). */
  talks: TalkSummary[];
}

export interface LibraryTree {
  root: string;
  /** Newest first. */
  conferences: ConferenceSummary[];
  problems: FileProblem[];
}

/** A file's content as read: `revision` must come back with the next write. */
export interface NoteDocument<M> {
  id: string;
  path: string;
  meta: M;
  body: string;
  revision: string;
  problems: string[];
}

export type TalkDocument = NoteDocument<TalkMeta> & { conferenceId: string };
export type ConferenceDocument = NoteDocument<ConferenceMeta> & { folder: string };

export interface TrashEntry {
  trashId: string;
  kind: 'talk' | 'conference';
  title: string;
  originalPath: string;
  deletedAt: string;
}

export type ChangeKind = 'added' | 'changed' | 'removed';

/** A change to the library, from the app itself or from outside (another editor, a sync tool). */
export interface LibraryChange {
  entity: 'talk' | 'conference';
  id: string;
  kind: ChangeKind;
  path: string;
  external: boolean;
  /**
   * Only the notes' text changed: the listing (titles, times, problems) is as
   * before. Autosaves send this once a second while the user types, and the
   * sidebar need not list a library of thousands of talks again for it.
   */
  notesOnly?: boolean;
}
