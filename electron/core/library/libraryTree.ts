import type { ConferenceSummary, LibraryContents } from '../../../shared/library';
import { compareConferences, compareTalks } from '../../../shared/libraryOrder';
import { talkPath, type LibraryIndex } from './libraryIndex';
import { CONFERENCE_FILE } from './scan';

/** The whole library: conferences newest first, talks in schedule order (see libraryOrder). */
export function buildTree(root: string, index: LibraryIndex): LibraryContents {
  const conferences: ConferenceSummary[] = [...index.conferences.values()].map((c) => ({
    id: c.id,
    folder: c.folder,
    path: `${c.folder}/${CONFERENCE_FILE}`,
    meta: c.meta,
    problems: c.problems,
    talks: [],
  }));
  const byId = new Map(conferences.map((c) => [c.id, c]));
  for (const talk of index.talks.values()) {
    byId.get(talk.conferenceId)?.talks.push({
      id: talk.id,
      conferenceId: talk.conferenceId,
      path: talkPath(talk),
      meta: talk.meta,
      problems: [...talk.problems, ...talk.conflicts.map((c) => `conflict copy: ${c}`)],
    });
  }
  for (const conference of conferences) conference.talks.sort(compareTalks);
  conferences.sort(compareConferences);
  return { root, conferences, problems: index.problems };
}

/**
 * What the library's listing shows of a note; a save that leaves it equal
 * changed only the notes. `updated` moves with every save and is not shown.
 */
export function listing(note: {
  meta: object;
  problems: string[];
  fileName?: string;
  hasFile?: boolean;
}): string {
  const shown = { ...note.meta, updated: undefined };
  return JSON.stringify([shown, note.problems, note.fileName, note.hasFile]);
}
