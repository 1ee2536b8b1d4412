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

/**
 * What `library.list` returns: every conference with all its talks' summaries,
 * and every file problem (the window asks for the smaller LibraryOutline).
 */
export interface LibraryContents {
  root: string;
  /** Newest first. */
  conferences: ConferenceSummary[];
  problems: FileProblem[];
}

/**
 * What the window lists of a talk: enough to show, sort and find it, never
 * its notes. A library of 10,000 talks lists in about a megabyte.
 */
export interface ListedTalk {
  id: string;
  conferenceId: string;
  meta: Pick<TalkMeta, 'title' | 'kind' | 'track' | 'room' | 'starts' | 'ends' | 'updated'> & {
    speakers: Array<{ name: string }>;
  };
  /** Only when the file has problems. */
  problems?: string[];
}

/** What the window lists of a conference, with the number of its talks. */
export interface ListedConference {
  id: string;
  folder: string;
  meta: Pick<ConferenceMeta, 'title' | 'starts' | 'ends' | 'location' | 'timezone'>;
  talkCount: number;
  problems?: string[];
}

/**
 * The library at a glance: every conference (newest first) with its talk
 * count, and the files with problems. Small whatever the library's size, so
 * the window shows it at once and asks for the talks after.
 */
export interface LibraryOutline {
  root: string;
  conferences: ListedConference[];
  problems: FileProblem[];
  talkCount: number;
}

/** A file's content as read: `revision` must come back with the next write. */
interface NoteDocument<M> {
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

type ChangeKind = 'added' | 'changed' | 'removed';

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
  /**
   * The entity as the window lists it now, for an `added` or `changed`
   * talk or conference (never with `notesOnly`): the window updates its
   * listing from the change alone instead of asking for the library again.
   */
  talk?: ListedTalk;
  conference?: ListedConference;
}
