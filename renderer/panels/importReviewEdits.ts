import type {
  ConferenceEdit,
  ImportCorrections,
  TalkEdit,
  TalkMarker,
} from '../../shared/ipc/importReview';

/**
 * The review's state is the ImportCorrections the import will receive: these
 * pure helpers return a new one with one change. Edits that change which
 * talks exist (the marker, a merge, a split, notes) need a fresh preview;
 * the others (titles, speakers, year) are only sent with the import.
 */
export function withTalkEdit(
  review: ImportCorrections,
  source: string,
  patch: Omit<Partial<TalkEdit>, 'source'>,
): ImportCorrections {
  const talks = review.talks ?? [];
  const current = talks.find((t) => t.source === source) ?? { source };
  const next = { ...current, ...patch };
  return { ...review, talks: [...talks.filter((t) => t.source !== source), next] };
}

export function withConferenceEdit(
  review: ImportCorrections,
  source: string,
  patch: Omit<Partial<ConferenceEdit>, 'source'>,
): ImportCorrections {
  const conferences = review.conferences ?? [];
  const current = conferences.find((c) => c.source === source) ?? { source };
  return {
    ...review,
    conferences: [...conferences.filter((c) => c.source !== source), { ...current, ...patch }],
  };
}

/** A new marker for a post reads its talks anew: corrections of its old talks no longer apply. */
export function withMarker(
  review: ImportCorrections,
  post: string,
  marker: TalkMarker,
): ImportCorrections {
  const own = (source: string) => source === post || source.startsWith(`${post}#`);
  return {
    ...review,
    markers: { ...review.markers, [post]: marker },
    talks: (review.talks ?? []).filter((t) => !own(t.source)),
  };
}

/** The review as the import takes it: structural edits already applied by the last preview are kept. */
export function talkEdit(review: ImportCorrections, source: string): TalkEdit | undefined {
  return review.talks?.find((t) => t.source === source);
}

export function conferenceEdit(
  review: ImportCorrections,
  source: string,
): ConferenceEdit | undefined {
  return review.conferences?.find((c) => c.source === source);
}
