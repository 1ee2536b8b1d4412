import { z } from 'zod';
import type { DiffLine, HistoryStatus, NoteVersionInfo, SyncReport, VersionText } from '../history';
import { IdSchema } from '../schemas';
import { call, event } from './define';

/** A version: a commit id, or enough of its start to name one among the note's versions. */
const Version = z.string().regex(/^[0-9a-fA-F]{4,40}$/, 'a version id (4 to 40 hex digits)');
const ByVersion = z.object({ noteId: IdSchema, version: Version });

// Owned by the history work (issue 18): versions of notes, and sync through git.
export const historyContract = {
  status: call<HistoryStatus>()(z.object({})),
  /** Turns history on (the first version holds the whole library) or off (versions are kept). */
  setEnabled: call<HistoryStatus>()(z.object({ enabled: z.boolean() })),
  /** A talk's (or conference's) versions, newest first. */
  versions: call<NoteVersionInfo[]>()(
    z.object({ noteId: IdSchema, limit: z.number().int().min(1).max(1000).optional() }),
  ),
  version: call<VersionText>()(ByVersion),
  /** The difference from a version to the note as it is now. */
  diff: call<DiffLine[]>()(ByVersion),
  /** Makes a version the note's text again, as a new version; nothing is lost. */
  restore: call<{ version: string | null }>()(ByVersion),
  /**
   * Sets the remote (an empty URL removes it). The token goes to the app's
   * encrypted store, never to the library or the settings; an empty token
   * forgets it, none leaves it as it is.
   */
  setRemote: call<HistoryStatus>()(
    z.object({ url: z.string().max(2048), token: z.string().max(4096).optional() }),
  ),
  /** Pull, then push. Offline comes back as an outcome, never as an error. */
  sync: call<SyncReport>()(z.object({})),
  onStatus: event<HistoryStatus>(),
};
