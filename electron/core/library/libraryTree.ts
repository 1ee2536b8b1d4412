import type { ConferenceSummary, LibraryTree } from '../../../shared/library';
import { talkPath, type LibraryIndex } from './libraryIndex';
import { CONFERENCE_FILE } from './scan';

/** The library as the app lists it: conferences newest first, talks in time order. */
export function buildTree(root: string, index: LibraryIndex): LibraryTree {
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
  for (const conference of conferences) {
    conference.talks.sort(
      (a, b) =>
        (a.meta.starts ?? '\uffff').localeCompare(b.meta.starts ?? '\uffff') ||
        a.meta.title.localeCompare(b.meta.title),
    );
  }
  conferences.sort(
    (a, b) =>
      (b.meta.starts ?? b.folder).localeCompare(a.meta.starts ?? a.folder) ||
      a.meta.title.localeCompare(b.meta.title),
  );
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
