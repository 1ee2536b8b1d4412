import type { LibraryOutline, ListedConference, ListedTalk } from '../../../shared/library';

/** Listing rows for the window's tests: conferences and talks as main lists them. */
export function conference(id: string, title: string, starts?: string): ListedConference {
  return { id, folder: id, meta: { title, ...(starts && { starts }) }, talkCount: 0 };
}

export function talk(id: string, conferenceId: string, title: string, starts?: string): ListedTalk {
  return {
    id,
    conferenceId,
    meta: { title, kind: 'talk', speakers: [], ...(starts && { starts }) },
  };
}

export function outline(conferences: ListedConference[], talks: ListedTalk[]): LibraryOutline {
  return {
    root: '/library',
    conferences: conferences.map((c) => ({
      ...c,
      talkCount: talks.filter((t) => t.conferenceId === c.id).length,
    })),
    problems: [],
    talkCount: talks.length,
  };
}
