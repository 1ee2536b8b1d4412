/**
 * History and sync as the core reports them (electron/core/history): the
 * library's notes versioned in a git repository inside it, and that
 * repository synced with a remote.
 */

/** Why a sync did not happen; `offline` is normal and never shown as an error. */
export type SyncProblem =
  'off' | 'no-remote' | 'auth' | 'offline' | 'not-a-repository' | 'not-a-library' | 'rejected';

export interface SyncState {
  state: 'never' | 'syncing' | 'synced' | 'offline' | 'failed';
  /** ISO time of the last attempt's end. */
  at?: string;
  message?: string;
  problem?: SyncProblem;
  /** Conflict copies the last sync wrote beside notes changed on both sides. */
  conflicts?: string[];
}

export interface HistoryStatus {
  /** Confnotes keeps versions of this library's notes. */
  enabled: boolean;
  /** The remote's URL, never with a credential in it. */
  remote: string | null;
  /** Where the sync token comes from: the app's encrypted store, the environment, or nowhere. */
  token: 'stored' | 'environment' | 'none';
  /** Files written since the last version, waiting for the next checkpoint. */
  pending: number;
  lastCheckpoint: { at: string; message: string } | null;
  sync: SyncState;
}

/** One version of a note. */
export interface NoteVersionInfo {
  /** The commit id (give a unique prefix of it back to read or restore the version). */
  version: string;
  date: string;
  message: string;
  /** Words added and removed against the version before. */
  added: number;
  removed: number;
}

export interface VersionText {
  version: NoteVersionInfo;
  /** The note's whole file (front matter and body) at that version. */
  text: string;
  body: string;
}

export type DiffLine =
  { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'skip'; count: number };

export interface SyncReport {
  outcome: 'synced' | 'offline' | 'failed';
  problem?: SyncProblem;
  message: string;
  /** Files the other side changed that this side took. */
  pulled: number;
  pushed: boolean;
  conflicts: string[];
}
