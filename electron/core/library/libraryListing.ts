import type {
  LibraryChange,
  LibraryOutline,
  ListedConference,
  ListedTalk,
} from '../../../shared/library';
import { compareConferences, compareTalks } from '../../../shared/libraryOrder';
import type { IndexedConference, IndexedTalk, LibraryIndex } from './libraryIndex';

/**
 * The window's listing of the library, read from the in-memory index:
 * compact rows (no notes, no tags or links), in the order the window shows.
 */

function listedTalk(talk: IndexedTalk): ListedTalk {
  const { title, kind, track, room, starts, ends, updated, speakers } = talk.meta;
  const problems = [...talk.problems, ...talk.conflicts.map((c) => `conflict copy: ${c}`)];
  return {
    id: talk.id,
    conferenceId: talk.conferenceId,
    meta: {
      title,
      kind,
      speakers: speakers.map(({ name }) => ({ name })),
      ...(track && { track }),
      ...(room && { room }),
      ...(starts && { starts }),
      ...(ends && { ends }),
      ...(updated && { updated }),
    },
    ...(problems.length > 0 && { problems }),
  };
}

function listedConference(conference: IndexedConference, talkCount: number): ListedConference {
  const { title, starts, ends, location, timezone } = conference.meta;
  return {
    id: conference.id,
    folder: conference.folder,
    meta: {
      title,
      ...(starts && { starts }),
      ...(ends && { ends }),
      ...(location && { location }),
      ...(timezone && { timezone }),
    },
    talkCount,
    ...(conference.problems.length > 0 && { problems: conference.problems }),
  };
}

function talkCounts(index: LibraryIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const talk of index.talks.values())
    counts.set(talk.conferenceId, (counts.get(talk.conferenceId) ?? 0) + 1);
  return counts;
}

export function buildOutline(root: string, index: LibraryIndex): LibraryOutline {
  const counts = talkCounts(index);
  const conferences = [...index.conferences.values()]
    .map((c) => listedConference(c, counts.get(c.id) ?? 0))
    .sort(compareConferences);
  return { root, conferences, problems: index.problems, talkCount: index.talks.size };
}

/**
 * The talks of the given conferences (every conference when none is given),
 * grouped by conference in the outline's order, each group in schedule order.
 */
export function listTalks(index: LibraryIndex, conferenceIds?: string[]): ListedTalk[] {
  const wanted = conferenceIds ? new Set(conferenceIds) : undefined;
  const groups = new Map<string, ListedTalk[]>();
  for (const talk of index.talks.values()) {
    if (wanted && !wanted.has(talk.conferenceId)) continue;
    const group = groups.get(talk.conferenceId) ?? [];
    group.push(listedTalk(talk));
    groups.set(talk.conferenceId, group);
  }
  const order = [...index.conferences.values()].sort(compareConferences);
  return order.flatMap((c) => (groups.get(c.id) ?? []).sort(compareTalks));
}

/** The talks edited last (by `updated`, else `created`), newest first. */
export function recentTalks(index: LibraryIndex, limit: number): ListedTalk[] {
  const when = (talk: IndexedTalk) => talk.meta.updated ?? talk.meta.created ?? '';
  const top: IndexedTalk[] = [];
  for (const talk of index.talks.values()) {
    if (!when(talk)) continue;
    if (top.length === limit && when(talk) <= when(top[limit - 1])) continue;
    top.push(talk);
    top.sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0));
    if (top.length > limit) top.pop();
  }
  return top.map(listedTalk);
}

/**
 * The change as the window receives it: an added or changed entity comes
 * with its listing, read from the index after the change.
 */
export function withListing(change: LibraryChange, index: LibraryIndex): LibraryChange {
  if (change.kind === 'removed' || change.notesOnly) return change;
  if (change.entity === 'talk') {
    const talk = index.talks.get(change.id);
    return talk ? { ...change, talk: listedTalk(talk) } : change;
  }
  const conference = index.conferences.get(change.id);
  if (!conference) return change;
  let count = 0;
  for (const talk of index.talks.values()) if (talk.conferenceId === conference.id) count++;
  return { ...change, conference: listedConference(conference, count) };
}
