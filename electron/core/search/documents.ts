import type { ConferenceSummary } from '../../../shared/library';
import { scanWithState, type ScanState } from '../../../shared/markdown/incrementalPlainText';
import type { TalkKind, TalkMeta } from '../../../shared/schemas';
import type { SlideText } from '../../../shared/slides';

/**
 * What the index knows of a talk besides its words: the small fields shown
 * in results and used by filters. The notes' text is not here; it lives in
 * the text store on disk and is read only for the hits shown.
 */
export interface TalkInfo {
  id: string;
  conferenceId: string;
  path: string;
  title: string;
  conference: string;
  conferenceFolder: string;
  conferenceStarts?: string;
  /** Conference tags first, then the talk's. */
  conferenceTags: string[];
  year?: number;
  speakers: string[];
  /** Speakers' affiliations, indexed with their names. */
  affiliations: string[];
  tags: string[];
  kind: TalkKind;
  track?: string;
  starts?: string;
  hasOpenActions: boolean;
  /** `mtimeMs:size` of the file the text came from: tells a stale entry without reading it. */
  fingerprint: string;
  /** The text read from the images of its notes (electron/core/slides/); absent when none. */
  slides?: SlideText[];
}

/** A talk as main hands it to the index worker: the library's summary, before reading the body. */
export interface TalkSource {
  id: string;
  conferenceId: string;
  path: string;
  meta: Pick<TalkMeta, 'title' | 'speakers' | 'kind' | 'track' | 'tags' | 'starts'>;
  conference: { title: string; folder: string; starts?: string; tags: string[] };
  /** The text read from the images of its notes, as the slide reader has it now. */
  slides?: SlideText[];
}

/** The sources of every talk in a library listing. */
export function sourcesOf(conferences: ConferenceSummary[]): TalkSource[] {
  return conferences.flatMap((c) => {
    const conference = {
      title: c.meta.title,
      folder: c.folder,
      starts: c.meta.starts,
      tags: c.meta.tags,
    };
    return c.talks.map((t) => sourceOf(t.id, t.conferenceId, t.path, t.meta, conference));
  });
}

export function sourceOf(
  id: string,
  conferenceId: string,
  path: string,
  meta: TalkMeta,
  conference: TalkSource['conference'],
): TalkSource {
  const { title, speakers, kind, track, tags, starts } = meta;
  return {
    id,
    conferenceId,
    path,
    meta: { title, speakers, kind, track, tags, starts },
    conference,
  };
}

/** A standalone 19xx/20xx in a name; not part of a longer number. */
const NAMED_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/u;

/**
 * The year a talk took place: the conference's start, the talk's own time,
 * the folder's `2021-` prefix, or else a year in the conference's title or
 * folder ("All Day DevOps 2021", `all-day-devops-2021`), as imported
 * write-ups often carry no dates, yet `year:2021` should find them.
 */
function yearOf(source: TalkSource): number | undefined {
  const { conference, meta } = source;
  const stamp = conference.starts ?? meta.starts ?? conference.folder;
  const year =
    /^(\d{4})/.exec(stamp)?.[1] ??
    NAMED_YEAR.exec(conference.title)?.[1] ??
    NAMED_YEAR.exec(conference.folder)?.[1];
  return year ? Number(year) : undefined;
}

export function infoOf(source: TalkSource, hasOpenActions: boolean, fingerprint: string): TalkInfo {
  const { meta, conference } = source;
  return {
    id: source.id,
    conferenceId: source.conferenceId,
    path: source.path,
    title: meta.title,
    conference: conference.title,
    conferenceFolder: conference.folder,
    conferenceStarts: conference.starts,
    conferenceTags: conference.tags,
    year: yearOf(source),
    speakers: meta.speakers.map((s) => s.name),
    affiliations: meta.speakers.flatMap((s) => (s.affiliation ? [s.affiliation] : [])),
    tags: meta.tags,
    kind: meta.kind,
    track: meta.track,
    starts: meta.starts,
    hasOpenActions,
    fingerprint,
    ...(source.slides?.length ? { slides: source.slides } : {}),
  };
}

/**
 * The notes' words through the one Markdown engine (no syntax indexed), and
 * whether they hold an open action item (`- [ ]`), from the same parse: read
 * from the engine's tokens, which give the tree's text without building it.
 * `scan` is what the note's next save re-scans from (null: it scans in full).
 */
export function extractNote(body: string): {
  text: string;
  hasOpenActions: boolean;
  scan: ScanState | null;
} {
  const { text, hasOpenTasks, state } = scanWithState(body);
  return { text, hasOpenActions: hasOpenTasks, scan: state };
}
