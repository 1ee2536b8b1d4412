import type {
  FileProblem,
  LibraryChange,
  LibraryOutline,
  ListedConference,
  ListedTalk,
} from '../../../shared/library';
import { compareConferences, compareTalks } from '../../../shared/libraryOrder';

export interface ConferenceView extends ListedConference {
  /** In schedule order; empty until the talks are listed (see `LibraryView.complete`). */
  talks: ListedTalk[];
}

/**
 * The window's copy of the library listing. Built from the outline, filled
 * with the talks, then kept current by the changes main sends; each update
 * replaces only the conferences it touches, so the rest render as they were.
 */
export interface LibraryView {
  root: string;
  conferences: ConferenceView[];
  problems: FileProblem[];
  /** The talks are listed: until then a conference shows its count and no talks. */
  complete: boolean;
}

export function fromOutline(outline: LibraryOutline): LibraryView {
  return {
    root: outline.root,
    conferences: outline.conferences.map((c) => ({ ...c, talks: [] })),
    problems: outline.problems,
    complete: outline.talkCount === 0,
  };
}

/** The outline again (its problems, its conferences), keeping the talks already listed. */
export function withOutline(view: LibraryView, outline: LibraryOutline): LibraryView {
  const talks = new Map(view.conferences.map((c) => [c.id, c.talks]));
  return {
    ...view,
    problems: outline.problems,
    conferences: outline.conferences.map((c) => {
      const listed = talks.get(c.id);
      return view.complete
        ? { ...c, talks: listed ?? [], talkCount: listed?.length ?? 0 }
        : { ...c, talks: [] };
    }),
  };
}

/** Every conference's talks, as `library.talks` lists them (grouped, in schedule order). */
export function withTalks(view: LibraryView, talks: ListedTalk[]): LibraryView {
  const byConference = new Map<string, ListedTalk[]>();
  for (const talk of talks) {
    const group = byConference.get(talk.conferenceId);
    if (group) group.push(talk);
    else byConference.set(talk.conferenceId, [talk]);
  }
  return {
    ...view,
    complete: true,
    conferences: view.conferences.map((c) => {
      const listed = byConference.get(c.id) ?? [];
      return { ...c, talks: listed, talkCount: listed.length };
    }),
  };
}

/**
 * Applies what main reported to a complete view (changes that come while
 * the talks are being listed wait for them). Each change carries the
 * entity's listing (or is a removal), and applying one twice changes
 * nothing, so changes that raced a listing call are applied after it.
 * Returns undefined when a change came without its listing: the caller
 * lists the library again.
 */
export function applyChanges(view: LibraryView, changes: LibraryChange[]): LibraryView | undefined {
  let conferences = view.conferences;
  let reorder = false;
  const replace = (id: string, change: (c: ConferenceView) => ConferenceView) => {
    conferences = conferences.map((c) => (c.id === id ? change(c) : c));
  };
  const dropTalk = (id: string) => {
    const owner = conferences.find((c) => c.talks.some((t) => t.id === id));
    if (owner) replace(owner.id, (c) => withoutTalk(c, id));
  };
  for (const change of changes) {
    if (change.notesOnly) continue;
    if (change.entity === 'conference') {
      if (change.kind === 'removed') {
        conferences = conferences.filter((c) => c.id !== change.id);
        continue;
      }
      const listed = change.conference;
      if (!listed) return undefined;
      const known = conferences.find((c) => c.id === listed.id);
      if (known) {
        replace(listed.id, (c) => ({ ...listed, talks: c.talks, talkCount: c.talks.length }));
      } else conferences = [...conferences, { ...listed, talks: [], talkCount: 0 }];
      reorder = true;
      continue;
    }
    if (change.kind === 'removed') {
      dropTalk(change.id);
      continue;
    }
    const talk = change.talk;
    if (!talk) return undefined;
    dropTalk(talk.id);
    replace(talk.conferenceId, (c) => withTalk(c, talk));
  }
  if (reorder) conferences = [...conferences].sort(compareConferences);
  return { ...view, conferences };
}

function withoutTalk(conference: ConferenceView, id: string): ConferenceView {
  const talks = conference.talks.filter((t) => t.id !== id);
  return { ...conference, talks, talkCount: talks.length };
}

function withTalk(conference: ConferenceView, talk: ListedTalk): ConferenceView {
  const talks = [...conference.talks];
  let at = talks.findIndex((t) => compareTalks(talk, t) < 0);
  if (at < 0) at = talks.length;
  talks.splice(at, 0, talk);
  return { ...conference, talks, talkCount: talks.length };
}

/** The conference a talk belongs to, in the listing. */
export function conferenceOfTalk(view: LibraryView | undefined, talkId: string) {
  return view?.conferences.find((c) => c.talks.some((t) => t.id === talkId));
}
